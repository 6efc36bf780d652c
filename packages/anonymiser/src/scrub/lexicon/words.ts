/** The words of a whitespace-separated list, so long vocabularies read as prose-like data. */
export function words(list: string): readonly string[] {
  return list.split(/\s+/u).filter((word) => word !== "");
}
