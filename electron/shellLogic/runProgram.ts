import { execFile } from 'node:child_process';
import type { RunProgram } from './defaultPaper';

/** A short system query: no shell, a few seconds at most, its standard output as text. */
export const runProgram: RunProgram = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 5000, windowsHide: true, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
