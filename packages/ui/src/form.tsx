import type { ButtonHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { classNames } from "./class-names.js";

export interface FormFieldProps {
  /** id of the control inside, so the label is tied to it */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

export function FormField({ id, label, description, children }: FormFieldProps) {
  const descriptionId = `${id}-omschrijving`;
  return (
    <div className="utrecht-form-field sroi-form-field">
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
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** Pass `aria-describedby={`${id}-omschrijving`}` when its FormField has a description. */
export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      className={classNames("utrecht-select utrecht-select--html-select", className)}
      {...props}
    />
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
