/**
 * Parts in S3, under one prefix of a private bucket, played through presigned HTTPS URLs.
 *
 * Why presigned URLs and not CloudFront with origin access control: no distribution to run,
 * the bucket stays the only thing serving, and a URL is made per Play, so "Alexa, resume"
 * after any pause signs a fresh one.
 *
 * How long a URL really works: a URL signed with temporary credentials dies with them, whatever
 * its X-Amz-Expires says (AWS Knowledge Center, "presigned URL expiring before the expiration
 * time"), and Lambda signs with its execution role's session credentials, which Lambda
 * refreshes on its own schedule (not the role's MaxSessionDuration). So a URL lives for the
 * shorter of UrlSeconds and what is left of the session that signed it: usually hours, at
 * worst minutes. url() asks for exactly that, so the URL states its real lifetime. Plays are
 * fetched at once (the first part) or within minutes (each next part is queued as the one
 * before nearly finishes); only a pause made on an Echo Show's screen (no request reaches the
 * skill) can outlast it, and then "Alexa, resume" signs a new URL. CloudFront would remove
 * the limit; it is the step up if that case matters.
 */
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { AudioStore, PartInfo } from './store';

/** The longest a URL is asked to work: a whole routine and a long pause (Alexa caps nothing). */
export const UrlSeconds = 12 * 60 * 60;
/** Never ask for less than this (a URL must at least outlive its own Play). */
const MinUrlSeconds = 60;

export class S3AudioStore implements AudioStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    readonly prefix = 'audio/',
  ) {}

  private key(key: string, ext: 'mp3' | 'json'): string {
    return `${this.prefix}${key}.${ext}`;
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(key, 'mp3') }),
      );
      return true;
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
        ?.httpStatusCode;
      if (status === 404 || (error as Error).name === 'NotFound') return false;
      throw error;
    }
  }

  async put(key: string, mp3: Buffer, info: PartInfo): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.key(key, 'json'),
        Body: JSON.stringify(info),
        ContentType: 'application/json',
      }),
    );
    // The MP3 last: its presence is what "rendered" means.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.key(key, 'mp3'),
        Body: mp3,
        ContentType: 'audio/mpeg',
      }),
    );
  }

  async url(key: string): Promise<string> {
    // Required here: the presigner ships as its own file, loaded by the first Play (presign.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { presignGet } = require('./presign') as typeof import('./presign');
    return presignGet(this.client, this.bucket, this.key(key, 'mp3'), await this.urlSeconds());
  }

  /** UrlSeconds, or what is left of the signing credentials when that is less. */
  async urlSeconds(now = Date.now()): Promise<number> {
    const { expiration } = await this.client.config.credentials();
    if (!expiration) return UrlSeconds;
    const left = Math.floor((expiration.getTime() - now) / 1000);
    return Math.max(MinUrlSeconds, Math.min(UrlSeconds, left));
  }
}
