import type { HTMLAttributes } from 'react';

type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning';

interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: BadgeTone;
}

/** A short label (a role, a status). Its text carries the meaning; colour only adds to it. */
export function Badge({ tone = 'neutral', className, ...rest }: BadgeProps) {
  const classes = ['badge', `badge-${tone}`, className].filter(Boolean).join(' ');
  return <span className={classes} {...rest} />;
}
