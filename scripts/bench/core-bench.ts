/**
 * Core benchmark: check + fill + report model on generated tables shaped like real ones
 * (Thai steps and results drawn from the sample's vocabulary, three of each per measure).
 */
import { buildReport, checkTable, planSuggestions, readGrid, MEASURE_HEADERS, toThaiDigits } from '../../src/core';

const ACTIONS = ['จัดทำประกาศ', 'เผยแพร่ประกาศผ่านเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงาน', 'ส่งเสริมให้พนักงานและเจ้าหน้าที่ดำเนินการตาม', 'ประชุมคณะทำงาน', 'ศึกษาคู่มือ', 'มอบหมายผู้รับผิดชอบ', 'ติดตามผลการดำเนินงาน', 'จัดอบรมให้ความรู้'];
const TOPICS = ['การใช้ทรัพย์สินของทางราชการ', 'การจัดการข้อร้องเรียน', 'การป้องกันผลประโยชน์ทับซ้อน', 'การใช้ดุลยพินิจ', 'ความโปร่งใสในการจัดซื้อจัดจ้าง', 'การเปิดเผยข้อมูลสาธารณะ', 'การให้บริการประชาชน', 'การใช้งบประมาณ'];

/** A sheet grid of `count` measures, each with three steps and three matching results. */
export function generateGrid(count: number): string[][] {
  const grid: string[][] = [[MEASURE_HEADERS.measure, MEASURE_HEADERS.steps, MEASURE_HEADERS.results, MEASURE_HEADERS.suggestion]];
  for (let m = 0; m < count; m++) {
    const topic = `${TOPICS[m % TOPICS.length]}ด้าน${toThaiDigits(String(m))}`;
    const steps: string[] = [];
    const results: string[] = [];
    for (let s = 0; s < 3; s++) {
      const action = ACTIONS[(m + s * 3) % ACTIONS.length];
      steps.push(`${toThaiDigits(String(s + 1))}. ${action}มาตรการ${topic}`);
      results.push(`${toThaiDigits(String(s + 1))}. เทศบาลได้${action}มาตรการ${topic}เรียบร้อยแล้ว`);
    }
    grid.push([`${toThaiDigits(String(m + 1))}. มาตรการ${topic}`, steps.join('\n'), results.join('\n'), '']);
  }
  return grid;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = run();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

export function benchCore(sizes = [10, 100, 1000, 10000]): void {
  console.log('Core: read, check + fill + report model, in ms (first run, then median of 7 runs after 2 warm-ups)');
  console.log('measures |  read | check |  fill | model | total warm | total first run | errors');
  for (const size of sizes) {
    const grid = generateGrid(size);
    const once = () => {
      const read = time(() => readGrid(grid));
      const check = time(() => checkTable(read.value));
      const fill = time(() => planSuggestions(check.value));
      const model = time(() => buildReport(check.value, { agency: 'เทศบาลตำบลทดสอบ', fiscalYear: 2569, numerals: 'thai' }, fill.value));
      return { read: read.ms, check: check.ms, fill: fill.ms, model: model.ms, errors: check.value.errors };
    };
    // The first run includes JIT warm-up (what one Apps Script execution pays); later runs are steady state.
    const first = once();
    once();
    once();
    const runs = Array.from({ length: 7 }, once);
    const median = (key: 'read' | 'check' | 'fill' | 'model') => runs.map((r) => r[key]).sort((a, b) => a - b)[3];
    const warm = median('check') + median('fill') + median('model');
    const cold = first.check + first.fill + first.model;
    const cell = (n: number, width: number) => n.toFixed(1).padStart(width);
    console.log(
      `${String(size).padStart(8)} | ${cell(median('read'), 5)} | ${cell(median('check'), 5)} | ${cell(median('fill'), 5)} | ${cell(median('model'), 5)} | ${cell(warm, 10)} | ${cell(cold, 15)} | ${first.errors}`,
    );
  }
  console.log('Target: 1,000 measures in under 100 ms of core time (check + fill + model).');
}
