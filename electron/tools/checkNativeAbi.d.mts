export interface NativeTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}
export function moduleAbi(binary: Buffer): number | 'napi' | null;
export function binaryTarget(binary: Buffer): { platform: string; arch: string };
export function electronAbi(electronVersion: string): number;
export function nativeModuleProblems(file: string, binary: Buffer, target: NativeTarget): string[];
export function assertNativeModules(files: string[], target: NativeTarget): void;
export function nativeModulesIn(dir: string): string[];
export default function afterPack(context: unknown): Promise<void>;
