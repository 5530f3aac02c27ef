// The public contact details of an organisation that carries out a gemeente's social return: its
// shared mailbox and phone. Contractors call that number, so a typo in it costs a missed intake;
// the check below accepts how Dutch organisations write numbers and refuses what no one can dial.

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
  const fits = phone.startsWith("+")
    ? digits.length >= 8 && digits.length <= 15
    : /^14\d{3,4}$/.test(digits) ||
      /^0(800|900|906|909)\d{4,7}$/.test(digits) ||
      /^0[1-9]\d{8}$/.test(digits);
  return fits ? null : `Dit telefoonnummer heeft niet het juiste aantal cijfers. ${example}`;
}
