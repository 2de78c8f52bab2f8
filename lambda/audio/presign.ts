/**
 * A presigned GET URL. On its own: the Lambda ships it as presign.js beside index.js
 * (infra/constructs/lambda-externals.ts), required only when a hands-free Play signs a URL,
 * because bundled into index.js the presigner added about 20 ms to every cold start.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export function presignGet(
  client: S3Client,
  bucket: string,
  key: string,
  seconds: number,
): Promise<string> {
  return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), {
    expiresIn: seconds,
  });
}
