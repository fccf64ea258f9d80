import { useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import './form.scss';
import './search-bar.scss';

export interface SearchBarProps {
  /** The search in force ('' for none). */
  value: string;
  onSearch: (text: string) => void;
  placeholder: string;
  maxlength: number;
}

/** A text box with a large 搜索 button (and 清除 while a search is in force); the keyboard's 搜索 too. */
export function SearchBar({ value, onSearch, placeholder, maxlength }: SearchBarProps) {
  const [text, setText] = useState(value);
  const search = () => onSearch(text.trim());
  return (
    <View className="search-bar">
      <Input
        className="field__input search-bar__input"
        value={text}
        placeholder={placeholder}
        maxlength={maxlength}
        confirmType="search"
        onInput={(e) => setText(e.detail.value)}
        onConfirm={search}
      />
      <Button className="btn-primary search-bar__button" onClick={search}>
        搜索
      </Button>
      {value ? (
        <Button
          className="btn-secondary search-bar__button"
          onClick={() => {
            setText('');
            onSearch('');
          }}
        >
          清除
        </Button>
      ) : null}
    </View>
  );
}
