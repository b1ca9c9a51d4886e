/**
 * Turns UTF-16 indices (what JavaScript strings use) into Unicode code point indices (what the claim
 * record promises, so that Python's `text[a:b]` slices right). Built once per document; text without
 * astral characters, nearly all news, costs nothing.
 */
export function codePointIndexer(text: string): (utf16: number) => number {
  let firstAstral = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      firstAstral = i;
      break;
    }
  }
  if (firstAstral < 0) return (utf16) => utf16;
  // surrogatesBefore[i]: low surrogates (second halves of pairs) before UTF-16 index i.
  const surrogatesBefore = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    surrogatesBefore[i] = count;
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count++;
    }
  }
  surrogatesBefore[text.length] = count;
  return (utf16) => utf16 - surrogatesBefore[utf16]!;
}
