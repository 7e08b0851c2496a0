/**
 * A name folded for matching: full-width forms made plain (NFKC), lower case, and spaces,
 * dots, dashes, brackets and quotes dropped, so "Yong-chuan" and "yongchuan" and "（永川）" match.
 */
export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·•\-–—_()（）“”"']/g, '');
}
