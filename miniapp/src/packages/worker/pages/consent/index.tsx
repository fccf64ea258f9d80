import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { AgreeCheck } from '../../../../components/form-field';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { goBack, PAGES } from '../../../../utils/navigation';
import './index.scss';

/** The notice, in plain words, section by section. */
const SECTIONS: { title: string; lines: string[] }[] = [
  {
    title: '我们收集哪些信息',
    lines: ['姓名、身份证号、手机号、户籍地、学历、技能、求职意向。'],
  },
  {
    title: '为什么收集',
    lines: ['用于培训报名、技能评价和岗位推荐。不会用于别的用途，也不会提供给无关的单位或个人。'],
  },
  {
    title: '怎么保管',
    lines: [
      '身份证号加密存储，页面上只显示部分号码（例如 450902**********12）。',
      '只有你本人和负责审核的人社部门工作人员能查看完整号码，每次查看都会留下记录。',
    ],
  },
  {
    title: '你的权利',
    lines: [
      '查询：随时在“个人信息”里查看自己的信息。',
      '导出：可以把自己的全部信息导出保存。',
      '注销：可以注销账号，注销后你的个人信息会被删除。',
    ],
  },
  {
    title: '重点群体信息',
    lines: [
      '如果你属于脱贫人口等重点群体，可以自愿填写，用于培训优先和就业帮扶。这属于敏感个人信息，填写时需要你另外单独同意。',
    ],
  },
];

/** The privacy notice a worker agrees to before the profile is filled in. */
export default function ConsentPage() {
  useRequireLogin();
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const accept = () => {
    if (!agreed) {
      setError('请先勾选“我已阅读并同意”');
      return;
    }
    void Taro.redirectTo({
      url: `${PAGES.profile}?consent=${encodeURIComponent(PRIVACY_NOTICE_VERSION)}`,
    });
  };

  return (
    <View className="page consent">
      <View className="card">
        <Text className="consent__title">个人信息保护告知书</Text>
        <Text className="consent__intro">
          填写个人信息前，请先看完下面的说明。看不明白的地方，可以问培训机构老师或当地人社部门。
        </Text>
        {SECTIONS.map((section) => (
          <View key={section.title} className="consent__section">
            <Text className="consent__heading">{section.title}</Text>
            {section.lines.map((line) => (
              <Text key={line} className="consent__line">
                {line}
              </Text>
            ))}
          </View>
        ))}
        <Text className="consent__version">告知书版本：{PRIVACY_NOTICE_VERSION}</Text>
      </View>
      <AgreeCheck
        checked={agreed}
        onChange={(value) => {
          setAgreed(value);
          if (value) setError(undefined);
        }}
        error={error}
      >
        我已阅读并同意
      </AgreeCheck>
      <Button className="btn-primary consent__button" onClick={accept}>
        同意并继续
      </Button>
      <Button className="btn-secondary consent__button" onClick={() => void goBack(PAGES.home)}>
        不同意
      </Button>
    </View>
  );
}
