/**
 * Parts in S3, under one prefix of a private bucket, played through presigned HTTPS URLs.
 *
 * Why presigned URLs and not CloudFront with origin access control: no distribution to run,
 * the bucket stays the only thing serving, and a URL is made per Play, so "Alexa, resume"
 * after any pause signs a fresh one. The limit: a URL signed with the function's role lasts at
 * most as long as the role's session, so a pause made on an Echo Show's screen (no request
 * reaches the skill) longer than that breaks the stream; saying "Alexa, resume" fixes it.
 * CloudFront would remove that limit and cache at the edge; it is the step up if it matters.
 */
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { AudioStore, PartInfo } from './store';

/** How long a presigned URL is valid: a whole routine and a long pause (Alexa caps nothing). */
export const UrlSeconds = 12 * 60 * 60;

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

  url(key: string): Promise<string> {
    const command = new GetObjectCommand({ Bucket: this.bucket, Key: this.key(key, 'mp3') });
    return getSignedUrl(this.client, command, { expiresIn: UrlSeconds });
  }
}
