import type { Msg } from '../i18n.tsx';

// Labels of the plan list and the plan page (targets, progress, consistency with the national plan).

export const plans = {
  listTitle: { vi: 'Quy hoạch và kế hoạch', en: 'Plans' },
  listIntro: {
    vi: 'Quy hoạch quốc gia và kế hoạch của các tỉnh về hạ tầng số, cùng các chỉ tiêu theo dõi tiến độ.',
    en: 'The national plan and provincial plans for digital infrastructure, with the targets whose progress is tracked.',
  },
  listCaption: { vi: 'Danh sách {n} quy hoạch, kế hoạch', en: 'List of {n} plans' },
  listEmpty: { vi: 'Chưa có quy hoạch, kế hoạch nào.', en: 'No plans yet.' },
  colCode: { vi: 'Số hiệu', en: 'Code' },
  colTitle: { vi: 'Tên', en: 'Title' },
  colIssuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
  colScope: { vi: 'Phạm vi', en: 'Scope' },
  colPeriod: { vi: 'Thời kỳ', en: 'Period' },
  colStatus: { vi: 'Hiệu lực', en: 'Status' },
  colTargets: { vi: 'Số chỉ tiêu', en: 'Targets' },
  period: { vi: '{start}–{end}', en: '{start}–{end}' },
  periodVision: { vi: '{start}–{end}, tầm nhìn đến {vision}', en: '{start}–{end}, vision to {vision}' },
  statusDraft: { vi: 'Dự thảo', en: 'Draft' },
  statusInForce: { vi: 'Đang có hiệu lực', en: 'In force' },
  statusExpired: { vi: 'Hết hiệu lực', en: 'Expired' },
  statusSuperseded: { vi: 'Đã được thay thế', en: 'Superseded' },
  notGiven: { vi: 'Không rõ', en: 'Not given' },

  // The plan page.
  notFound: {
    vi: 'Không có quy hoạch, kế hoạch nào mang số hiệu “{code}”.',
    en: 'No plan has the code “{code}”.',
  },
  computing: {
    vi: 'Đang tính tiến độ các chỉ tiêu (có thể mất vài giây)…',
    en: 'Computing the progress of the targets (this can take a few seconds)…',
  },
  backToList: { vi: '← Tất cả quy hoạch, kế hoạch', en: '← All plans' },
  facts: { vi: 'Thông tin văn bản', en: 'About the document' },
  issuedOn: { vi: 'Ngày ban hành', en: 'Issued on' },
  source: { vi: 'Văn bản gốc', en: 'Official document' },
  openSource: { vi: 'Mở văn bản gốc (trang ngoài)', en: 'Open the official document (external site)' },
  noSource: { vi: 'Chưa có đường dẫn', en: 'No link recorded' },
  scopeGone: { vi: '(đơn vị đã sáp nhập, hiệu lực đến {date})', en: '(merged unit, in force until {date})' },
  progressTitle: { vi: 'Tiến độ thực hiện các chỉ tiêu', en: 'Progress of the targets' },
  asOf: { vi: 'Đánh giá đến ngày {date}.', en: 'Assessed as of {date}.' },
  evaluatedFor: { vi: 'Đánh giá cho', en: 'Assess for' },
  evaluatedDefault: { vi: 'Phạm vi của từng chỉ tiêu', en: 'Each target’s own scope' },
  evaluatedNote: {
    vi: 'Chọn một tỉnh để xem các chỉ tiêu quốc gia được đánh giá riêng cho tỉnh đó.',
    en: 'Choose a province to judge the national targets for that province alone.',
  },
  summaryTitle: { vi: 'Tóm tắt trạng thái', en: 'Status summary' },
  summaryTotal: { vi: 'Tổng số đánh giá: {n}', en: 'Assessments: {n}' },
  exportXlsx: { vi: 'Tải Excel (.xlsx)', en: 'Download Excel (.xlsx)' },
  exportCsv: { vi: 'Tải CSV', en: 'Download CSV' },
  exportLabel: { vi: 'Tải bảng tiến độ', en: 'Download the progress table' },
  targetsCaption: {
    vi: 'Chỉ tiêu của kế hoạch {code} và trạng thái',
    en: 'Targets of plan {code} and their status',
  },
  noTargets: { vi: 'Kế hoạch này chưa có chỉ tiêu.', en: 'This plan has no targets yet.' },
  colIndicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  colTarget: { vi: 'Mục tiêu', en: 'Target' },
  colDeadline: { vi: 'Thời hạn', en: 'Deadline' },
  colCurrent: { vi: 'Hiện trạng', en: 'Current value' },
  colProgress: { vi: 'Trạng thái', en: 'Status' },
  colClause: { vi: 'Căn cứ', en: 'Source clause' },
  noValue: { vi: 'Chưa có số liệu', en: 'No data' },
  estimated: { vi: 'ước tính', en: 'estimate' },
  explanation: { vi: 'Giải thích', en: 'Explanation' },
  forUnit: { vi: 'Đơn vị:', en: 'Unit:' },

  // Target values, as a plan states them.
  atLeast: { vi: 'tối thiểu {v}', en: 'at least {v}' },
  atMost: { vi: 'tối đa {v}', en: 'at most {v}' },
  exactly: { vi: 'đúng {v}', en: 'exactly {v}' },
  between: { vi: 'từ {a} đến {b}', en: '{a} to {b}' },
  unitPercent: { vi: '{n}%', en: '{n}%' },
  unitRank: { vi: 'hạng {n}', en: 'rank {n}' },
  unitDays: { vi: '{n} ngày', en: '{n} days' },
  unitTonnesPerDay: { vi: '{n} tấn/ngày', en: '{n} tonnes/day' },
  unitOther: { vi: '{n} {unit}', en: '{n} {unit}' },
  periodQuarter: { vi: 'Quý {q}/{y}', en: 'Q{q} {y}' },
  periodMonth: { vi: 'Tháng {m}/{y}', en: '{month} {y}' },

  // Consistency with the national plan.
  consistencyTitle: { vi: 'Đối chiếu với quy hoạch quốc gia', en: 'Consistency with the national plan' },
  consistencyReference: {
    vi: 'Đây là quy hoạch quốc gia: kế hoạch của các tỉnh được đối chiếu với văn bản này.',
    en: 'This is the national plan: provincial plans are checked against it.',
  },
  consistencyNoNational: {
    vi: 'Chưa có quy hoạch quốc gia đang có hiệu lực để đối chiếu.',
    en: 'There is no national plan in force to check against.',
  },
  consistencyIntro: {
    vi: 'So sánh từng chỉ tiêu của kế hoạch tỉnh với chỉ tiêu tương ứng của {code}, theo địa giới hành chính tại ngày {date}.',
    en: 'Each target of the provincial plan compared with the matching target of {code}, on the administrative units of {date}.',
  },
  consistencyCounts: {
    vi: 'Số phát hiện: {total} (lỗi: {error}, cảnh báo: {warning}, ghi chú: {info}).',
    en: 'Findings: {total} (errors: {error}, warnings: {warning}, notes: {info}).',
  },
  consistencyOk: {
    vi: 'Kết luận: không có lỗi; kế hoạch thống nhất với quy hoạch quốc gia ở các chỉ tiêu đã so sánh.',
    en: 'Conclusion: no errors; the plan agrees with the national plan on the targets compared.',
  },
  consistencyBad: {
    vi: 'Kết luận: có lỗi cần điều chỉnh để kế hoạch thống nhất với quy hoạch quốc gia.',
    en: 'Conclusion: there are errors to fix for the plan to agree with the national plan.',
  },
  consistencyNone: {
    vi: 'Không phát hiện điểm nào không thống nhất.',
    en: 'No inconsistency found.',
  },
  applicable: {
    vi: 'Số chỉ tiêu quốc gia áp dụng cho kế hoạch này: {n}.',
    en: 'National targets that apply to this plan: {n}.',
  },
  severityError: { vi: 'Lỗi', en: 'Error' },
  severityWarning: { vi: 'Cảnh báo', en: 'Warning' },
  severityInfo: { vi: 'Ghi chú', en: 'Note' },
  findingsCount: { vi: 'số phát hiện: {n}', en: 'findings: {n}' },
} satisfies Record<string, Msg>;

/** What each kind of consistency finding means, in words a provincial officer uses (core/plans/consistency*.ts). */
export const findingKinds = {
  missing_counterpart: {
    title: { vi: 'Thiếu chỉ tiêu tương ứng', en: 'Missing counterpart' },
    help: {
      vi: 'Quy hoạch quốc gia đặt chỉ tiêu này cho cả các tỉnh, nhưng kế hoạch tỉnh chưa có chỉ tiêu nào về cùng nội dung.',
      en: 'The national plan sets this target for the provinces too, but the provincial plan has no target on it.',
    },
  },
  weaker_than_national: {
    title: { vi: 'Thấp hơn yêu cầu quốc gia', en: 'Weaker than the national target' },
    help: {
      vi: 'Mức chỉ tiêu của tỉnh thấp hơn mức quốc gia, hoặc thời hạn của tỉnh muộn hơn thời hạn quốc gia.',
      en: 'The provincial level is below the national one, or its deadline is later than the national deadline.',
    },
  },
  deadline_mismatch: {
    title: { vi: 'Thời hạn không khớp', en: 'Deadline mismatch' },
    help: {
      vi: 'Tỉnh đặt chỉ tiêu với thời hạn sớm hơn thời hạn quốc gia và không có chỉ tiêu tại đúng thời hạn quốc gia; cần xem mức của tỉnh đã đủ chưa.',
      en: 'The province set the target for an earlier deadline and none at the national deadline; check that its level is enough.',
    },
  },
  unit_mismatch: {
    title: { vi: 'Đơn vị tính không khớp', en: 'Unit of measure mismatch' },
    help: {
      vi: 'Hai chỉ tiêu đo cùng nội dung nhưng khác đơn vị tính, nên không so sánh được mức.',
      en: 'The two targets measure the same thing in different units, so their levels cannot be compared.',
    },
  },
  deadline_outside_period: {
    title: { vi: 'Thời hạn ngoài thời kỳ kế hoạch', en: 'Deadline outside the plan period' },
    help: {
      vi: 'Thời hạn của chỉ tiêu nằm ngoài thời kỳ mà kế hoạch tỉnh áp dụng.',
      en: 'The target is due outside the period the provincial plan covers.',
    },
  },
  scope_unit_gone: {
    title: { vi: 'Đơn vị hành chính không còn tồn tại', en: 'Administrative unit no longer exists' },
    help: {
      vi: 'Kế hoạch hoặc chỉ tiêu gắn với một đơn vị hành chính đã sáp nhập hay giải thể; nên chuyển sang đơn vị kế thừa.',
      en: 'The plan or a target names a unit that has been merged or dissolved; it should move to the successor unit.',
    },
  },
  scope_unit_unknown: {
    title: { vi: 'Không xác định được đơn vị hành chính', en: 'Unknown administrative unit' },
    help: {
      vi: 'Mã đơn vị hành chính trong kế hoạch không khớp với đơn vị nào vào ngày đó.',
      en: 'A unit code in the plan matches no unit on that day.',
    },
  },
  sum_outside_national: {
    title: { vi: 'Tổng các tỉnh ngoài mức quốc gia', en: 'Provincial total outside the national target' },
    help: {
      vi: 'Cộng chỉ tiêu của các kế hoạch tỉnh lại thì vượt hoặc chưa đạt mức quốc gia.',
      en: 'Added up, the provincial targets exceed or fall short of the national level.',
    },
  },
  unknown_indicator: {
    title: { vi: 'Chỉ tiêu chưa có trong danh mục', en: 'Indicator not in the catalogue' },
    help: {
      vi: 'Kế hoạch dùng một mã chỉ tiêu chưa có trong danh mục chỉ tiêu, nên chưa kiểm tra được.',
      en: 'The plan uses an indicator code that is not in the catalogue, so it could not be checked.',
    },
  },
} satisfies Record<string, { title: Msg; help: Msg }>;
