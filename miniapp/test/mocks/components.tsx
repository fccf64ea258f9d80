import type { ChangeEvent, PropsWithChildren } from 'react';

type Props = PropsWithChildren<{ className?: string; onClick?: () => void; disabled?: boolean }>;

interface Detail<T> {
  detail: T;
}

/** Taro's components as plain DOM elements. */
export const View = ({ children, className, onClick }: Props) => (
  <div className={className} onClick={onClick}>
    {children}
  </div>
);
export const Text = ({ children, className }: Props) => (
  <span className={className}>{children}</span>
);

type ButtonProps = Props & {
  openType?: string;
  onGetPhoneNumber?: (e: Detail<{ code?: string; errMsg: string }>) => void;
};

/** The code WeChat's getPhoneNumber button hands over in tests; null: the user refused. */
export const phoneButton: { code: string | null } = { code: 'phone-code' };

export const Button = ({
  children,
  className,
  onClick,
  disabled,
  openType,
  onGetPhoneNumber,
}: ButtonProps) => (
  <button
    className={className}
    disabled={disabled}
    data-open-type={openType}
    onClick={() => {
      if (openType === 'getPhoneNumber') {
        onGetPhoneNumber?.({
          detail: phoneButton.code
            ? { code: phoneButton.code, errMsg: 'getPhoneNumber:ok' }
            : { errMsg: 'getPhoneNumber:fail user deny' },
        });
      } else onClick?.();
    }}
  >
    {children}
  </button>
);

interface InputProps {
  className?: string;
  value?: string;
  placeholder?: string;
  type?: string;
  maxlength?: number;
  onInput?: (e: Detail<{ value: string }>) => void;
}

/** Typing is `fireEvent.change(input, { target: { value } })`; Taro hands it on as `detail.value`. */
export const Input = ({ className, value, placeholder, type, maxlength, onInput }: InputProps) => (
  <input
    className={className}
    value={value}
    placeholder={placeholder}
    data-type={type}
    maxLength={maxlength}
    onChange={(e: ChangeEvent<HTMLInputElement>) =>
      onInput?.({ detail: { value: e.target.value } })
    }
  />
);

export const Textarea = ({ className, value, placeholder, maxlength, onInput }: InputProps) => (
  <textarea
    className={className}
    value={value}
    placeholder={placeholder}
    maxLength={maxlength}
    onChange={(e: ChangeEvent<HTMLTextAreaElement>) =>
      onInput?.({ detail: { value: e.target.value } })
    }
  />
);

/** An <img>; `data-lazy-load` says whether the picture waits until it is scrolled into view. */
export const Image = ({
  className,
  src,
  lazyLoad,
}: {
  className?: string;
  src: string;
  mode?: string;
  lazyLoad?: boolean;
}) => <img className={className} src={src} alt="" data-lazy-load={String(!!lazyLoad)} />;

/** A checkbox with the switch role: `fireEvent.click` turns it. */
export const Switch = ({
  checked,
  onChange,
}: {
  checked?: boolean;
  color?: string;
  onChange?: (e: Detail<{ value: boolean }>) => void;
}) => (
  <input
    type="checkbox"
    role="switch"
    checked={!!checked}
    onChange={(e: ChangeEvent<HTMLInputElement>) =>
      onChange?.({ detail: { value: e.target.checked } })
    }
  />
);

type PickerProps = PropsWithChildren<{
  mode: string;
  range?: unknown[];
  value: number | number[] | string;
  onChange?: (e: Detail<{ value: number | number[] | string }>) => void;
  onColumnChange?: (e: Detail<{ column: number; value: number }>) => void;
}>;

/**
 * mode="selector": a <select> over the range (pick with `fireEvent.change`). mode="date" / "time":
 * an <input data-mode="date|time"> holding the value ('2026-12-01', '09:00'); `fireEvent.change` on it
 * picks another. Other modes: a tap on the picker confirms what it shows, like opening it and
 * pressing 确定 straight away. A multiSelector also shows one <select> per column (labelled 第1列,
 * 第2列, …): changing one turns that column, as a swipe on the open picker does, and a tap then
 * confirms.
 */
export const Picker = ({ mode, range, value, onChange, onColumnChange, children }: PickerProps) =>
  mode === 'date' || mode === 'time' ? (
    <div className="picker" data-mode={mode}>
      <input
        data-mode={mode}
        value={String(value)}
        onChange={(e: ChangeEvent<HTMLInputElement>) =>
          onChange?.({ detail: { value: e.target.value } })
        }
      />
      {children}
    </div>
  ) : mode === 'selector' ? (
    <div className="picker">
      <select
        value={String(value)}
        onChange={(e) => onChange?.({ detail: { value: Number(e.target.value) } })}
      >
        {(range as string[]).map((label, i) => (
          <option key={label} value={i}>
            {label}
          </option>
        ))}
      </select>
      {children}
    </div>
  ) : (
    <div className="picker" data-mode={mode} onClick={() => onChange?.({ detail: { value } })}>
      {mode === 'multiSelector'
        ? (range as string[][]).map((column, c) => (
            <select
              key={c}
              aria-label={`第${c + 1}列`}
              value={String((value as number[])[c] ?? 0)}
              onClick={(e) => e.stopPropagation()}
              onChange={(e) =>
                onColumnChange?.({ detail: { column: c, value: Number(e.target.value) } })
              }
            >
              {column.map((label, i) => (
                <option key={i} value={i}>
                  {label}
                </option>
              ))}
            </select>
          ))
        : null}
      {children}
    </div>
  );
