/**
 * Synthesises the real stack (real esbuild bundling, real cdk-nag) the way `infra/app.ts`
 * does, into a temporary folder, so each describe can share one synth in `beforeAll`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeployConfig } from '../../infra/config';
import { BackStretchCoachStack } from '../../infra/stack';

export interface Synth {
  readonly app: App;
  readonly stack: BackStretchCoachStack;
  readonly template: Template;
  /** The cloud assembly folder: bundled assets sit in `asset.<hash>/`. */
  readonly outdir: string;
}

export function synthStack(context: Record<string, string> = {}): Synth {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-cdk-'));
  const app = new App({ outdir });
  const stack = new BackStretchCoachStack(app, 'BackStretchCoach', {
    config: readDeployConfig((key) => context[key]),
    skillPackageDir: path.join(outdir, 'skill-package-src'),
  });
  // Same as app.ts: any finding without an acknowledged reason makes synth throw.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const template = Template.fromStack(stack);
  return { app, stack, template, outdir };
}

/** The staged folder of the asset whose zip key is `s3Key` (e.g. the function code). */
export function assetDir(outdir: string, s3Key: string): string {
  return path.join(outdir, `asset.${s3Key.replace(/\.zip$/, '')}`);
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Joins an `Fn::Join` the way CloudFormation would, with `<token>` for unresolved parts. */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join) return join[1].map(flatten).join(join[0]);
  return '<token>';
}
