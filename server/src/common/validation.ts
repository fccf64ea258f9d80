import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@app/shared/errors';
import { DomainError } from './domain-error';

/** Chinese text for each class-validator constraint we use; `{field}` is the property path. */
const CONSTRAINT_MESSAGES: Readonly<Record<string, string>> = {
  whitelistValidation: '不允许提交字段 {field}',
  isDefined: '{field} 为必填项',
  isNotEmpty: '{field} 不能为空',
  isString: '{field} 必须是文字',
  isInt: '{field} 必须是整数',
  isNumber: '{field} 必须是数字',
  isBoolean: '{field} 必须是是/否',
  isIn: '{field} 的取值不在允许范围内',
  isEnum: '{field} 的取值不在允许范围内',
  isUUID: '{field} 格式不正确',
  isDateString: '{field} 必须是日期',
  isISO8601: '{field} 必须是日期',
  min: '{field} 太小',
  max: '{field} 太大',
  minLength: '{field} 太短',
  maxLength: '{field} 太长',
  length: '{field} 长度不正确',
  matches: '{field} 格式不正确',
  isArray: '{field} 必须是列表',
  isObject: '{field} 必须是对象',
  nestedValidation: '{field} 格式不正确',
};

function collect(errors: ValidationError[], parent: string, out: FieldError[]): FieldError[] {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      out.push({
        field,
        messages: Object.keys(error.constraints).map((name) =>
          (CONSTRAINT_MESSAGES[name] ?? '{field} 填写不正确').replace('{field}', field),
        ),
      });
    }
    if (error.children?.length) collect(error.children, field, out);
  }
  return out;
}

export function toValidationError(errors: ValidationError[]): DomainError {
  const details = collect(errors, '', []);
  const first = details[0]?.messages[0];
  return new DomainError(
    'VALIDATION_FAILED',
    first ? `提交的内容有误：${first}` : undefined,
    details,
  );
}

/** The global pipe: strips nothing silently — unknown fields are refused, types transformed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: toValidationError,
  });
}
