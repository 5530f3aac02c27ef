import {
  type ButtonHTMLAttributes,
  createContext,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useContext,
} from "react";
import { classNames } from "./class-names.js";

/** What a control inside a FormField needs to know: which texts describe it, and whether it is wrong. */
interface FieldState {
  describedBy: string | undefined;
  invalid: boolean;
}

const FieldContext = createContext<FieldState>({ describedBy: undefined, invalid: false });

export interface FormFieldProps {
  /** id of the control inside, so the label is tied to it */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** What is wrong with the value; the control inside is then marked invalid and described by it */
  error?: ReactNode;
  children: ReactNode;
}

/** The id of a field's error message, e.g. for a link in an error summary that explains it. */
export const fieldErrorId = (id: string) => `${id}-fout`;

export function FormField({ id, label, description, error, children }: FormFieldProps) {
  const descriptionId = `${id}-omschrijving`;
  const errorId = fieldErrorId(id);
  const describedBy =
    [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div
      className={classNames(
        "utrecht-form-field sroi-form-field",
        error ? "utrecht-form-field--invalid" : null,
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {/* Between the label and the control, where a screen magnifier user looks */}
      {error ? (
        <p className="utrecht-form-field-error-message sroi-field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="utrecht-form-field__input">
        <FieldContext value={{ describedBy, invalid: Boolean(error) }}>{children}</FieldContext>
      </div>
    </div>
  );
}

/** Inside a FormField it is described by the field's description and error on its own. */
export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  const field = useContext(FieldContext);
  return (
    <select
      aria-describedby={field.describedBy}
      aria-invalid={field.invalid || undefined}
      className={classNames(
        "utrecht-select utrecht-select--html-select",
        field.invalid && "utrecht-select--invalid",
        className,
      )}
      {...props}
    />
  );
}

export interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  /** How much room the value needs; the control never grows wider than its field */
  width?: "xs" | "sm" | "md" | "lg";
}

/** A text, number, date or e-mail box; inside a FormField it is described by its texts. */
export function TextInput({ className, width = "lg", type = "text", ...props }: TextInputProps) {
  const field = useContext(FieldContext);
  return (
    <input
      type={type}
      aria-describedby={field.describedBy}
      aria-invalid={field.invalid || undefined}
      className={classNames(
        "utrecht-textbox utrecht-textbox--html-input",
        `sroi-textbox--${width}`,
        field.invalid && "utrecht-textbox--invalid",
        className,
      )}
      {...props}
    />
  );
}

/** Room for a few sentences, e.g. a message; inside a FormField it is described by its texts. */
export function Textarea({
  className,
  rows = 5,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const field = useContext(FieldContext);
  return (
    <textarea
      rows={rows}
      aria-describedby={field.describedBy}
      aria-invalid={field.invalid || undefined}
      className={classNames(
        "utrecht-textarea utrecht-textarea--html-textarea",
        field.invalid && "utrecht-textarea--invalid",
        className,
      )}
      {...props}
    />
  );
}

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  id: string;
  label: ReactNode;
}

/** A checkbox with its label to the right, the whole label clickable. */
export function CheckboxField({ id, label, className, ...props }: CheckboxFieldProps) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox sroi-form-field sroi-checkbox-field">
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          className={classNames("utrecht-checkbox utrecht-checkbox--html-input", className)}
          {...props}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

/** Related fields under one name, e.g. the contractor's details in a contract form. */
export function Fieldset({
  legend,
  description,
  children,
}: {
  legend: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="utrecht-form-fieldset sroi-fieldset">
      <legend className="utrecht-form-fieldset__legend sroi-fieldset__legend">{legend}</legend>
      {description ? <div className="sroi-fieldset__description">{description}</div> : null}
      {children}
    </fieldset>
  );
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: "primary-action" | "secondary-action" | "subtle";
}

export function Button({
  appearance = "primary-action",
  type = "button",
  className,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames(
        "utrecht-button",
        `utrecht-button--${appearance}`,
        type === "submit" && "utrecht-button--submit",
        className,
      )}
      {...props}
    />
  );
}

/** Buttons side by side that wrap on a narrow screen, the main action first. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="sroi-button-group">{children}</div>;
}
