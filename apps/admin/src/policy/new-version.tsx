// "Nieuwe versie" of a gemeente's policy: asks first, then makes the draft and opens it; both the
// list and a policy's own page offer it.
import { ConfirmAction } from "../forms/confirm-action";
import { useStartPolicyDraft } from "./policy-actions";

export function NewPolicyVersion({
  municipality,
  namedInButton = false,
}: {
  municipality: { code: string; name: string };
  /** Name the gemeente in the button's accessible name, where several stand on one page */
  namedInButton?: boolean;
}) {
  const startDraft = useStartPolicyDraft();
  return (
    <div className="sroi-button-group">
      <ConfirmAction
        label="Nieuwe versie"
        ariaLabel={
          namedInButton ? `Nieuwe versie van het beleid van ${municipality.name}` : undefined
        }
        question={`Een nieuwe versie van het beleid van ${municipality.name} maken?`}
        confirmLabel="Ja, concept maken"
        onConfirm={() => startDraft(municipality.code)}
      >
        <p className="utrecht-paragraph">
          Er komt een conceptversie bij, een kopie van het beleid dat nu geldt. Zolang u die niet
          publiceert, verandert er niets. Annuleert u het bewerken, dan wordt het concept weer
          verwijderd.
        </p>
      </ConfirmAction>
    </div>
  );
}
