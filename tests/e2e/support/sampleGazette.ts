/**
 * What the tests know about the built-in sample (济南市人民政府公报 2022年第12/13期), written by hand from
 * the fixture text, and files derived from it for import tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../../scripts/electronBinary.mjs';

export const SAMPLE_ISSUE = '济南市人民政府公报 2022年第12/13期';

export const SAMPLE_DOCUMENTS = [
  { title: '关于组织开展济南市第三次土壤普查的通知', docNumber: '济政发〔2022〕7号', signedOn: '2022年6月10日' },
  { title: '关于进一步深化预算管理制度改革的实施意见', docNumber: '济政发〔2022〕8号', signedOn: '2022年6月20日' },
  { title: '关于促进集成电路产业发展的意见', docNumber: '济政办发〔2022〕3号', signedOn: '2022年6月23日' },
  { title: '关于印发济南市药品安全事件应急预案的通知', docNumber: '济政办字〔2022〕24号', signedOn: '2022年6月10日' },
  {
    title: '关于印发济南市“十四五”绿色低碳循环发展规划的通知',
    docNumber: '济政办字〔2022〕25号',
    signedOn: '2022年6月21日',
  },
  {
    title: '关于做好中国（山东）自由贸易试验区济南片区制度创新成果复制推广工作的通知',
    docNumber: '济政办字〔2022〕26号',
    signedOn: '2022年6月23日',
  },
] as const;

/** The longest document of the sample (the 规划, about 24,000 characters). */
export const LONGEST_TITLE = SAMPLE_DOCUMENTS[4].title;

export const sampleText = (): string =>
  readFileSync(join(root, 'resources/sample/jinan-gazette-2022-12-13.txt'), 'utf8');

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const textFile = (name: string, text: string): UploadFile => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(text, 'utf8'),
});

/** The sample as another issue: a different issue number in the running headers, so a different file. */
export function sampleVariant(issueNumber: number): UploadFile {
  const text = sampleText().replaceAll('第１２/１３期', `第${issueNumber}期`);
  return textFile(`济南公报-第${issueNumber}期.txt`, text);
}

/**
 * A one-document issue whose 发文字号 (国发〔2020〕8号) the sample's 集成电路 意见 cites, so the citation there can
 * become a link.
 */
export const CITED_NOTICE_TITLE = '关于印发新时期促进集成电路产业和软件产业高质量发展若干政策的通知';
export const citedNotice = (): UploadFile =>
  textFile(
    '国发2020-8.txt',
    [
      ' 国务院',
      CITED_NOTICE_TITLE,
      '',
      '国发 〔２０２０〕８号',
      '',
      '各省、自治区、直辖市人民政府,国务院各部委、各直属机构:',
      '',
      '现将《新时期促进集成电路产业和软件产业高质量发展的若干政策》印发给你们,请认真贯彻执行.',
      '',
      '一、财税政策',
      '',
      '国家鼓励的集成电路线宽小于２８纳米,且经营期在１５年以上的集成电路生产企业或项目,第一年至第十年免征企业所得税.',
      '',
      '国务院',
      '',
      '２０２０年７月２７日',
      '',
    ].join('\n'),
  );
