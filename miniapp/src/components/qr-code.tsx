import { Image, View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

export interface QrCodeProps {
  /** What the code carries (ASCII: a check-in token, a verification address). */
  text: string;
  /** Shown size in px (rpx are not used: the image must stay square and crisp). */
  size?: number;
  /** Read by screen readers and shown when the image cannot be drawn. */
  label: string;
}

/**
 * The modules of a QR code (error correction M, smallest version that fits). Kept apart from the
 * image so tests can read the code back.
 */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** A GIF data URL of the code, which the weapp <Image> and every browser show without a canvas. */
export function qrDataUrl(text: string, cellSize = 8): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createDataURL(cellSize, cellSize * 2);
}

/** A QR code drawn as an image (no canvas, so it renders the same in WeChat and in H5). */
export function QrCode({ text, size = 240, label }: QrCodeProps) {
  const src = useMemo(() => qrDataUrl(text), [text]);
  return (
    <View className="qr-code" style={{ width: `${size}px`, height: `${size}px` }}>
      <Image
        className="qr-code__image"
        src={src}
        mode="aspectFit"
        ariaLabel={label}
        style={{ width: `${size}px`, height: `${size}px` }}
      />
    </View>
  );
}
