import type { ReactNode } from 'react';
import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import './form.scss';

export interface FormFieldProps {
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** A labelled form row with its hint and, in red under it, what is wrong. */
export function FormField({ label, required, hint, error, children }: FormFieldProps) {
  return (
    <View className="field">
      <Text className="field__label">
        {label}
        {required ? <Text className="field__required"> *</Text> : null}
      </Text>
      {children}
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}

export interface TextFieldProps extends Omit<FormFieldProps, 'children'> {
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxlength?: number;
}

/** A one-line text box. */
export function TextField({
  value,
  onInput,
  placeholder,
  type = 'text',
  maxlength,
  ...field
}: TextFieldProps) {
  return (
    <FormField {...field}>
      <Input
        className={`field__input${field.error ? ' field__input--error' : ''}`}
        value={value}
        type={type}
        maxlength={maxlength ?? 140}
        placeholder={placeholder}
        onInput={(e) => onInput(e.detail.value)}
      />
    </FormField>
  );
}

/** A multi-line text box. */
export function TextAreaField({
  value,
  onInput,
  placeholder,
  maxlength,
  ...field
}: Omit<TextFieldProps, 'type'>) {
  return (
    <FormField {...field}>
      <Textarea
        className="field__textarea"
        value={value}
        maxlength={maxlength ?? 500}
        placeholder={placeholder}
        autoHeight
        onInput={(e) => onInput(e.detail.value)}
      />
    </FormField>
  );
}

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> extends Omit<FormFieldProps, 'children'> {
  options: readonly SelectOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  placeholder?: string;
}

/** Pick one of a few options (学历, 机构类型, …) from the system's wheel picker. */
export function SelectField<T extends string>({
  options,
  value,
  onChange,
  placeholder = '请选择',
  ...field
}: SelectFieldProps<T>) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <FormField {...field}>
      <Picker
        mode="selector"
        range={options.map((o) => o.label)}
        value={Math.max(index, 0)}
        onChange={(e) => {
          const picked = options[Number(e.detail.value)];
          if (picked) onChange(picked.value);
        }}
      >
        <View className={`field__input field__picker${field.error ? ' field__input--error' : ''}`}>
          <Text className={index >= 0 ? '' : 'field__placeholder'}>
            {index >= 0 ? options[index].label : placeholder}
          </Text>
          <Text className="field__arrow">›</Text>
        </View>
      </Picker>
    </FormField>
  );
}

export interface DateFieldProps extends Omit<FormFieldProps, 'children'> {
  /** 'YYYY-MM-DD' (mode date) or 'HH:mm' (mode time); '' for none yet. */
  value: string;
  onChange: (value: string) => void;
  mode?: 'date' | 'time';
  /** Where the wheel opens while nothing is chosen. */
  initial?: string;
  placeholder?: string;
}

/** A date or a time from the system's wheel picker. */
export function DateField({
  value,
  onChange,
  mode = 'date',
  initial = '',
  placeholder = mode === 'date' ? '请选择日期' : '请选择时间',
  ...field
}: DateFieldProps) {
  const box = (
    <View className={`field__input field__picker${field.error ? ' field__input--error' : ''}`}>
      <Text className={value ? '' : 'field__placeholder'}>{value || placeholder}</Text>
      <Text className="field__arrow">›</Text>
    </View>
  );
  const pick = (e: { detail: { value: string } }) => onChange(String(e.detail.value));
  return (
    <FormField {...field}>
      {mode === 'date' ? (
        <Picker mode="date" value={value || initial} onChange={pick}>
          {box}
        </Picker>
      ) : (
        <Picker mode="time" value={value || initial || '09:00'} onChange={pick}>
          {box}
        </Picker>
      )}
    </FormField>
  );
}

/** A yes/no row: the question on the left, a switch on the right. */
export function SwitchField({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <View className="field">
      <View className="field__switch">
        <Text className="field__label field__switch-label">{label}</Text>
        <Switch checked={checked} color="#c8161d" onChange={(e) => onChange(e.detail.value)} />
      </View>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
    </View>
  );
}

/** A large tick box with its sentence; the whole row is the tap target. */
export function AgreeCheck({
  checked,
  onChange,
  children,
  error,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  error?: string;
}) {
  return (
    <View className="field">
      <View className={`agree${checked ? ' agree--on' : ''}`} onClick={() => onChange(!checked)}>
        <Text className="agree__box">{checked ? '✓' : ''}</Text>
        <Text className="agree__text">{children}</Text>
      </View>
      {error ? <Text className="field__error">{error}</Text> : null}
    </View>
  );
}

/** A form-level failure (the server's message), shown above the submit button. */
export function FormError({ message }: { message: string | null }) {
  return message ? <Text className="form-error">{message}</Text> : null;
}

/** '有2处需要修改，第一处：请填写真实姓名' — so the worker knows what to fix without scrolling up. */
export function problemsSummary(errors: Readonly<Record<string, string | undefined>>): string {
  const problems = Object.values(errors).filter((m): m is string => !!m);
  if (problems.length === 0) return '';
  return problems.length === 1
    ? `有1处需要修改：${problems[0]}`
    : `有${problems.length}处需要修改，第一处：${problems[0]}`;
}

export interface FormActionsProps {
  busy: boolean;
  /** The save button's text, e.g. 保存课程; while sending it says `busyText`. */
  saveText: string;
  busyText?: string;
  onSave: () => void;
  onCancel: () => void;
  /** Extra class for the row (spacing inside a card). */
  className?: string;
}

/** 取消 and the save button at the foot of an inline form; both wait while the form is sending. */
export function FormActions({
  busy,
  saveText,
  busyText = '正在保存…',
  onSave,
  onCancel,
  className,
}: FormActionsProps) {
  return (
    <View className={className ? `form-actions ${className}` : 'form-actions'}>
      <Button className="btn-secondary" disabled={busy || undefined} onClick={onCancel}>
        取消
      </Button>
      <Button className="btn-primary" disabled={busy || undefined} onClick={onSave}>
        {busy ? busyText : saveText}
      </Button>
    </View>
  );
}
