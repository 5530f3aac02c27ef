// Contact details as people write them: the shared mailbox and phone of the organisation that
// carries out a gemeente's social return, and a staff member's work phone. Contractors call those
// numbers, so a typo costs a missed intake; the check below accepts how Dutch organisations write
// numbers and refuses what no one can dial. A number is kept as typed (that is how the contractor
// reads it); only its digits are checked.

/** Spaces collapsed and the ends trimmed; an empty text is no value. */
export function tidyContactText(text: string | null | undefined): string | null {
  const tidy = (text ?? "").replace(/\s+/g, " ").trim();
  return tidy === "" ? null : tidy;
}

/**
 * Why this is not a Dutch phone number one can dial, or null when it is. Accepted: a national
 * number of 10 digits (023 - 511 38 67), a gemeente's 14-number (14 023), 0800/0900 numbers and
 * international numbers (+31 23 511 38 67); digits with spaces, hyphens, dots and brackets.
 */
export function phoneProblem(phone: string): string | null {
  const example = "Schrijf het nummer zoals 023 - 511 38 67, 14 023 of +31 23 511 38 67.";
  if (!/^\+?[0-9 ().-]+$/.test(phone)) {
    return `Een telefoonnummer bestaat uit cijfers, eventueel met spaties of streepjes. ${example}`;
  }
  const digits = phone.replace(/\D/g, "");
  const fits = /^\s*(\+|00)/.test(phone)
    ? digits.length >= 8 && digits.length <= 15
    : /^14\d{3,4}$/.test(digits) ||
      /^0(800|900|906|909)\d{4,7}$/.test(digits) ||
      /^0[1-9]\d{8}$/.test(digits);
  return fits ? null : `Dit telefoonnummer heeft niet het juiste aantal cijfers. ${example}`;
}

/** The digits to dial, with a leading + for an international number ("tel:" links). */
export function phoneDigits(text: string): string {
  // "+31 (0)6 …": the (0) is not dialled from abroad
  const trimmed = text.trim().replace(/\(0\)/g, "");
  return (trimmed.startsWith("+") ? "+" : "") + trimmed.replace(/\D/g, "");
}
