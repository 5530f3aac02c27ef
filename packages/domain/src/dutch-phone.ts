// A Dutch telephone number as people write it: 023 - 511 38 67, 06-12345678, +31 6 1234 5678.
// Kept as typed (that is how the contractor reads it); only its digits are checked.

/** The digits to dial, with a leading + for an international number ("tel:" links). */
export function phoneDigits(text: string): string {
  const trimmed = text.trim();
  return (trimmed.startsWith("+") ? "+" : "") + trimmed.replace(/\D/g, "");
}

/**
 * Why the text is not a Dutch telephone number, in Dutch; null when it is: ten digits starting
 * with 0, or +31 (0031) and nine digits. Spaces, hyphens, dots and brackets may separate them.
 */
export function dutchPhoneProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\+?[\d\s\-.()]+$/.test(trimmed))
    return "Een telefoonnummer bestaat uit cijfers, eventueel met spaties of streepjes, bijvoorbeeld 023 - 511 38 67.";
  const digits = phoneDigits(trimmed);
  // +31 (0)6 … is written too: the (0) is dropped when dialling from abroad
  const national = digits.replace(/^(\+31|0031)0?/, "0");
  if (!/^0[1-9]\d{8}$/.test(national))
    return "Vul een Nederlands telefoonnummer in van tien cijfers, bijvoorbeeld 023 - 511 38 67 of 06 12345678.";
  return null;
}
