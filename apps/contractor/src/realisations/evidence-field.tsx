// Evidence for a realisation: each chosen file is uploaded at once (POST /bewijs, the file as the
// body), so a wrong or too large file is refused while the person is still at the field, in the
// server's own words. The uploaded files are attached when the realisation is submitted.
import { Button, describeFile, FormField, VisuallyHidden } from "@sroi/ui";
import { type ChangeEvent, type Dispatch, type SetStateAction, useState } from "react";

/** A chosen file the server did not take, with its reason in Dutch. */
export interface EvidenceRefusal {
  fileName: string;
  message: string;
}

export interface UploadedFile {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/** Uploads one file for a contract; the server's Dutch message when it refuses it. */
export async function uploadEvidence(
  contractId: string,
  file: File,
): Promise<{ ok: true; file: UploadedFile } | { ok: false; message: string }> {
  const address = `/bewijs?${new URLSearchParams({ contractId, bestandsnaam: file.name })}`;
  let response: Response;
  try {
    response = await fetch(address, {
      method: "POST",
      body: file,
      credentials: "same-origin",
      headers: { "Content-Type": file.type || "application/octet-stream" },
    });
  } catch {
    return {
      ok: false,
      message:
        "Het bestand kon niet worden verstuurd. Controleer uw verbinding en probeer het opnieuw.",
    };
  }
  const body = (await response.json().catch(() => null)) as
    | (Partial<UploadedFile> & { message?: string })
    | null;
  if (response.status === 201 && body?.id) {
    return {
      ok: true,
      file: {
        id: body.id,
        fileName: body.fileName ?? file.name,
        mimeType: body.mimeType ?? file.type,
        size: body.size ?? file.size,
      },
    };
  }
  return {
    ok: false,
    message:
      body?.message ??
      `Het toevoegen is niet gelukt (fout ${response.status}). Probeer het opnieuw.`,
  };
}

const ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

export function EvidenceField({
  id,
  contractId,
  files,
  onChange,
  attachedBefore = 0,
  error,
  refused,
  onRefused,
}: {
  id: string;
  contractId: string;
  /** uploaded in this form, not yet attached */
  files: UploadedFile[];
  onChange: Dispatch<SetStateAction<UploadedFile[]>>;
  /** files the realisation already has (when correcting) */
  attachedBefore?: number;
  /** a problem the API reported on submit */
  error?: string;
  /** the files of the last choice the server refused: the form's error summary names them too */
  refused: EvidenceRefusal[];
  onRefused: (refused: EvidenceRefusal[]) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const setRefused = onRefused;
  const [notice, setNotice] = useState("");

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0) return;
    setRefused([]);
    setNotice("");
    const added: UploadedFile[] = [];
    const problems: EvidenceRefusal[] = [];
    // One at a time: the server checks each, and the status says which one is on its way.
    for (const file of chosen) {
      setBusy(file.name);
      const result = await uploadEvidence(contractId, file);
      if (result.ok) added.push(result.file);
      else problems.push({ fileName: file.name, message: result.message });
    }
    setBusy(null);
    // Choosing the same file again after a refusal must trigger a change again.
    input.value = "";
    if (added.length > 0) onChange((current) => [...current, ...added]);
    setRefused(problems);
    setNotice(
      [
        added.length > 0
          ? `${added.map((file) => file.fileName).join(", ")} ${added.length === 1 ? "is" : "zijn"} toegevoegd.`
          : "",
        ...problems.map((problem) => `${problem.fileName} is niet toegevoegd: ${problem.message}`),
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  function remove(file: UploadedFile) {
    onChange((current) => current.filter((candidate) => candidate.id !== file.id));
    setRefused([]);
    setNotice(`${file.fileName} is verwijderd.`);
    // The button is gone: put focus back on the field, not on the page's start.
    document.getElementById(id)?.focus();
  }

  const shownError =
    refused.length > 0 || error ? (
      <>
        {refused.map((problem) => (
          <span key={problem.fileName} className="sroi-evidence-refusal">
            {problem.fileName}: {problem.message}
          </span>
        ))}
        {error ? <span className="sroi-evidence-refusal">{error}</span> : null}
      </>
    ) : undefined;

  return (
    <div className="sroi-evidence-field">
      <FormField
        id={id}
        label="Bewijs toevoegen (niet verplicht)"
        description={`PDF, PNG of JPEG, hoogstens 10 MB per bestand; u kunt meer bestanden tegelijk kiezen. Bijvoorbeeld een arbeidsovereenkomst, urenstaat of factuur.${
          attachedBefore > 0
            ? ` Het bewijs dat al bij deze verantwoording hoort, blijft erbij.`
            : ""
        }`}
        error={shownError}
      >
        <input
          id={id}
          type="file"
          multiple
          accept={ACCEPT}
          className="sroi-file-input"
          onChange={pick}
          aria-describedby={[`${id}-omschrijving`, shownError ? `${id}-fout` : null]
            .filter(Boolean)
            .join(" ")}
          aria-invalid={shownError ? true : undefined}
        />
      </FormField>
      {/* Always in the page, so a screen reader announces what happened to the chosen files */}
      <p className="utrecht-paragraph sroi-evidence-status" role="status">
        {busy ? `Bezig met toevoegen van ${busy}…` : <VisuallyHidden>{notice}</VisuallyHidden>}
      </p>
      {files.length > 0 ? (
        <ul className="sroi-evidence-files" aria-label="Toegevoegd bewijs">
          {files.map((file) => (
            <li key={file.id} className="sroi-evidence-files__item">
              <span>
                {file.fileName} ({describeFile(file)})
              </span>
              <Button appearance="secondary-action" onClick={() => remove(file)}>
                Verwijderen<VisuallyHidden> {file.fileName}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
