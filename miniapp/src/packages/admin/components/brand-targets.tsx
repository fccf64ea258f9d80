import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { BrandTargetInput, BrandTargetView } from '@app/shared/api';
import { FormError, TextField } from '../../../components/form-field';
import { useFormSubmit } from '../../../hooks/use-form';
import {
  newTargetRow,
  TARGET_ROWS_MAX,
  targetRowsFrom,
  validateTargets,
  type TargetRow,
} from '../target-form';

export interface BrandTargetsProps {
  targets: readonly BrandTargetView[];
  /** Replaces all the brand's targets; a rejected promise's ApiError is shown here. */
  onSave: (targets: BrandTargetInput[]) => Promise<void>;
}

function TargetEditor({
  row,
  done,
  error,
  onChange,
  onRemove,
}: {
  row: TargetRow;
  done?: BrandTargetView;
  error?: string;
  onChange: (change: Partial<TargetRow>) => void;
  onRemove: () => void;
}) {
  return (
    <View className="target-row">
      <View className="target-row__head">
        <Text className="target-row__title">{row.year ? `${row.year}年目标` : '新的目标'}</Text>
        <View className="target-row__remove" onClick={onRemove}>
          <Text>删除</Text>
        </View>
      </View>
      <TextField
        label="年份"
        type="number"
        value={row.year}
        onInput={(year) => onChange({ year })}
        placeholder="如 2025"
        maxlength={4}
      />
      <View className="target-row__counts">
        <TextField
          label="培训目标（人次）"
          type="number"
          value={row.training}
          onInput={(training) => onChange({ training })}
          maxlength={8}
        />
        <TextField
          label="就业目标（人次）"
          type="number"
          value={row.employment}
          onInput={(employment) => onChange({ employment })}
          maxlength={8}
        />
      </View>
      {done ? (
        <Text className="muted target-row__done">
          目前已培训 {done.trainingDone} 人次，已带动就业 {done.employmentDone} 人次
        </Text>
      ) : null}
      {error ? <Text className="field__error target-row__error">{error}</Text> : null}
    </View>
  );
}

/** 目标: a row per year (training and employment person-times); 保存目标 replaces them all. */
export function BrandTargets({ targets, onSave }: BrandTargetsProps) {
  const [rows, setRows] = useState<TargetRow[]>(() => targetRowsFrom(targets));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, formError, submit } = useFormSubmit(setErrors);

  const change = (key: string, patch: Partial<TargetRow>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  const add = () => {
    const years = rows.map((r) => Number(r.year)).filter((y) => y > 0);
    const next = years.length ? String(Math.max(...years) + 1) : String(new Date().getFullYear());
    setRows((rs) => [...rs, newTargetRow(next)]);
  };

  const save = () =>
    submit({
      check: () => {
        const checked = validateTargets(rows);
        return { errors: checked.errors, input: checked.targets };
      },
      summary: () => '有目标需要修改，见上面的红字',
      send: onSave,
    });

  return (
    <View className="card admin-form">
      {rows.length === 0 ? (
        <Text className="muted admin-form__note">还没有目标。添加一行，填好后保存。</Text>
      ) : null}
      {rows.map((row) => (
        <TargetEditor
          key={row.key}
          row={row}
          done={targets.find((t) => t.periodEnd.slice(0, 4) === row.year.trim())}
          error={errors[row.key]}
          onChange={(patch) => change(row.key, patch)}
          onRemove={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
        />
      ))}
      {rows.length < TARGET_ROWS_MAX ? (
        <Button className="btn-secondary form-button" onClick={add}>
          添加一年的目标
        </Button>
      ) : null}
      <FormError message={formError} />
      <Button
        className="btn-primary form-button"
        disabled={busy || undefined}
        onClick={() => void save()}
      >
        {busy ? '正在保存…' : '保存目标'}
      </Button>
    </View>
  );
}
