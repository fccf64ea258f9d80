import { Text, View } from '@tarojs/components';
import { FormField, type FormFieldProps } from '../../../components/form-field';

export interface CheckOption {
  value: string;
  label: string;
  /** A second, smaller line (证书类型, 所在地区). */
  note?: string;
}

export interface CheckListProps extends Omit<FormFieldProps, 'children'> {
  options: readonly CheckOption[];
  /** The ticked values. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Shown instead of the rows when there are none (or they are still loading). */
  emptyText: string;
}

/** A labelled list of large tick rows: tap a row to tick or untick it; several can be ticked. */
export function CheckList({ options, value, onChange, emptyText, ...field }: CheckListProps) {
  const toggle = (code: string) =>
    onChange(value.includes(code) ? value.filter((v) => v !== code) : [...value, code]);
  return (
    <FormField {...field}>
      {options.length === 0 ? (
        <Text className="muted check-list__empty">{emptyText}</Text>
      ) : (
        <View className="check-list">
          {options.map((option) => {
            const on = value.includes(option.value);
            return (
              <View
                key={option.value}
                className={`check-list__row${on ? ' check-list__row--on' : ''}`}
                onClick={() => toggle(option.value)}
              >
                <Text className="check-list__box">{on ? '✓' : ''}</Text>
                <View className="check-list__text">
                  <Text className="check-list__label">{option.label}</Text>
                  {option.note ? <Text className="check-list__note">{option.note}</Text> : null}
                </View>
              </View>
            );
          })}
        </View>
      )}
    </FormField>
  );
}
