/** A URL's path with its %-escapes decoded, or null when they are malformed (「/%」, 「/%E4」): a bad request, not a crash. */
export function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
