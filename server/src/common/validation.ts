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

/** Chinese names of the fields users fill in, so messages read 「身份证号 为必填项」. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  phone: '手机号',
  code: '验证码',
  realName: '真实姓名',
  idNumber: '身份证号',
  householdRegionCode: '户籍所在地',
  currentRegionCode: '现居住地',
  education: '学历',
  skills: '技能',
  wantedBrands: '意向品牌',
  wantedRegionCodes: '意向工作地',
  minMonthlySalary: '期望最低月薪',
  priorityGroup: '重点群体',
  priorityGroupConsent: '敏感个人信息单独同意',
  consentVersion: '隐私告知版本',
  paperConsentSigned: '纸质同意书',
  paperConsentReference: '同意书编号',
  name: '名称',
  creditCode: '统一社会信用代码',
  regionCode: '所在地区',
  address: '地址',
  contactName: '联系人',
  contactPhone: '联系电话',
  description: '简介',
  kind: '机构类型',
  reason: '原因',
  displayName: '显示名称',
};

/** A message written for users: Chinese, without class-validator's English default wording. */
const HAS_CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH_WORD = /[A-Za-z]{3,}/;
const isOwnMessage = (message: string) => HAS_CHINESE.test(message) && !ENGLISH_WORD.test(message);

function collect(errors: ValidationError[], parent: string, out: FieldError[]): FieldError[] {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      out.push({
        field,
        messages: Object.entries(error.constraints).map(([name, own]) =>
          // A validator given its own Chinese message keeps it; the rest use the table.
          (isOwnMessage(own) ? own : (CONSTRAINT_MESSAGES[name] ?? '{field} 填写不正确')).replace(
            '{field}',
            FIELD_LABELS[error.property] ?? field,
          ),
        ),
      });
    }
    if (error.children?.length) collect(error.children, field, out);
  }
  return out;
}

export function toValidationError(errors: ValidationError[]): DomainError {
  return invalidFields(collect(errors, '', []));
}

/** A 400 for fields a service found wrong, in the pipe's shape: the first message leads. */
export function invalidFields(details: FieldError[]): DomainError {
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
