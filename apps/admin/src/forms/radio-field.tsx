// A radio button with its label to the right, laid out like the shared CheckboxField.
import type { InputHTMLAttributes, ReactNode } from "react";

export interface RadioFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  id: string;
  label: ReactNode;
}

export function RadioField({ id, label, ...props }: RadioFieldProps) {
  return (
    <div className="utrecht-form-field sroi-form-field sroi-checkbox-field sroi-radio-field">
      <div className="utrecht-form-field__input">
        <input id={id} type="radio" className="sroi-radio" {...props} />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
