import type { PropsWithChildren } from 'react';

type Props = PropsWithChildren<{ className?: string; onClick?: () => void; disabled?: boolean }>;

/** Taro's components as plain DOM elements. */
export const View = ({ children, className, onClick }: Props) => (
  <div className={className} onClick={onClick}>
    {children}
  </div>
);
export const Text = ({ children, className }: Props) => (
  <span className={className}>{children}</span>
);
export const Button = ({ children, className, onClick, disabled }: Props) => (
  <button className={className} onClick={onClick} disabled={disabled}>
    {children}
  </button>
);
