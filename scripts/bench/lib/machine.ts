/** What the figures were measured on: they mean little without it. */
import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { chromiumPath } from '../../../tests/e2e/browser.ts';

export interface Machine {
  date: string;
  cores: number;
  cpuModel: string;
  memoryGb: number;
  freeMemoryGb: number;
  loadAverage: string;
  os: string;
  node: string;
  chromium: string;
  gitCommit: string;
  gitDirty: boolean;
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(): Machine {
  const osRelease = run('sh', ['-c', '. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"']);
  return {
    date: new Date().toISOString(),
    cores: Number(run('nproc', [])) || cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGb: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAverage: loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    os: `${osRelease} (${process.platform} ${process.arch})`,
    node: process.version,
    chromium: run(chromiumPath(), ['--version']),
    gitCommit: run('git', ['rev-parse', '--short', 'HEAD']),
    gitDirty: run('git', ['status', '--porcelain', '--untracked-files=no']) !== '',
  };
}
