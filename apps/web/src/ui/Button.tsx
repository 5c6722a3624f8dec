import type { ButtonHTMLAttributes } from 'react';

type ButtonVariant = 'primary' | 'secondary';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

/** A native button (keyboard and screen-reader behaviour for free) with the app's look. */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  // type="button" by default: a bare <button> inside a form would submit it by accident.
  const classes = ['button', `button-${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
