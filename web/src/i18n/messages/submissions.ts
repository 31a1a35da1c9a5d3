import type { Msg } from '../i18n.tsx';

// Labels of the submission pages: the list, the upload form, one submission with its report and review.

export const sub = {
  // Access
  signInNeeded: {
    vi: 'Trang nộp dữ liệu dành cho cán bộ và doanh nghiệp đã đăng nhập.',
    en: 'The submission pages are for signed-in officers and operators.',
  },
  signInLink: { vi: 'Đăng nhập để tiếp tục', en: 'Sign in to continue' },
  changePasswordFirst: {
    vi: 'Bạn cần đổi mật khẩu dùng một lần trước khi làm việc với dữ liệu.',
    en: 'Change your one-time password before working with data.',
  },
  changePasswordLink: { vi: 'Đổi mật khẩu', en: 'Change the password' },
  notAllowedList: {
    vi: 'Tài khoản của bạn không nộp hay duyệt dữ liệu hạ tầng.',
    en: 'Your account neither sends nor reviews inventory data.',
  },
  notAllowedSend: {
    vi: 'Tài khoản của bạn không được nộp loại dữ liệu nào.',
    en: 'Your account may not send any dataset.',
  },

  // List
  listTitle: { vi: 'Nộp dữ liệu hạ tầng', en: 'Inventory submissions' },
  listIntro: {
    vi: 'Các tệp danh sách trạm, thôn bản, cơ sở hạ tầng đã nộp: trạng thái duyệt và báo cáo lỗi theo từng dòng.',
    en: 'Files of sites, villages and facilities sent in: their review status and row-by-row report.',
  },
  newSubmission: { vi: 'Nộp dữ liệu mới', en: 'Send new data' },
  quickFilter: { vi: 'Xem nhanh', en: 'Quick view' },
  pending: { vi: 'Chờ duyệt', en: 'Awaiting review' },
  allStatuses: { vi: 'Tất cả trạng thái', en: 'All statuses' },
  filters: { vi: 'Lọc danh sách', en: 'Filter the list' },
  status: { vi: 'Trạng thái', en: 'Status' },
  datasetType: { vi: 'Loại dữ liệu', en: 'Dataset' },
  allTypes: { vi: 'Tất cả loại dữ liệu', en: 'All datasets' },
  organisation: { vi: 'Đơn vị nộp', en: 'Sender organisation' },
  allOrganisations: { vi: 'Tất cả đơn vị', en: 'All organisations' },
  historyOf: { vi: 'Lịch sử nộp của', en: 'Submission history of' },
  count: { vi: '{n} lần nộp', en: '{n} submissions' },
  tableCaption: { vi: 'Các lần nộp dữ liệu', en: 'Data submissions' },
  colId: { vi: 'Số', en: 'No.' },
  colPeriod: { vi: 'Kỳ', en: 'Period' },
  colVersion: { vi: 'Phiên bản', en: 'Version' },
  colRows: { vi: 'Số dòng', en: 'Rows' },
  colErrors: { vi: 'Lỗi', en: 'Errors' },
  colSentBy: { vi: 'Người gửi', en: 'Sent by' },
  colCreated: { vi: 'Ngày tải lên', en: 'Uploaded' },
  colReviewed: { vi: 'Ngày duyệt', en: 'Reviewed' },
  openSubmission: { vi: 'Mở lần nộp số {id}', en: 'Open submission {id}' },
  none: { vi: 'Chưa có lần nộp nào.', en: 'No submissions yet.' },
  noneMatching: {
    vi: 'Không có lần nộp nào khớp bộ lọc.',
    en: 'No submission matches the filters.',
  },
  noPending: { vi: 'Không có lần nộp nào đang chờ duyệt.', en: 'Nothing is awaiting review.' },
  pages: { vi: 'Trang', en: 'Pages' },
  previous: { vi: 'Trang trước', en: 'Previous page' },
  next: { vi: 'Trang sau', en: 'Next page' },
  pageOf: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  notRecorded: { vi: 'không ghi', en: 'not recorded' },
  commandLine: { vi: 'hệ thống', en: 'system' },

  // Upload
  newTitle: { vi: 'Nộp dữ liệu mới', en: 'Send new data' },
  newIntro: {
    vi: 'Tải lên tệp CSV, Excel (XLSX) hoặc GeoJSON theo mẫu. Máy chủ kiểm tra từng dòng: tệp có lỗi không được lưu và bạn nhận báo cáo lỗi theo dòng; tệp hợp lệ được lưu thành bản nháp để bạn xem lại rồi gửi duyệt.',
    en: 'Upload a CSV, Excel (XLSX) or GeoJSON file made from the template. The server checks every row: a file with errors is not stored and you get a row-by-row report; a valid file is kept as a draft for you to review and send for approval.',
  },
  operator: { vi: 'Doanh nghiệp', en: 'Operator' },
  operatorFixed: {
    vi: 'Dữ liệu được nộp thay mặt doanh nghiệp của tài khoản.',
    en: 'The data is sent on behalf of your account’s operator.',
  },
  organisationName: { vi: 'Tên đơn vị nộp', en: 'Name of the sending organisation' },
  organisationHint: {
    vi: 'Ví dụ: Sở Khoa học và Công nghệ tỉnh …',
    en: 'For example: Provincial Department of Science and Technology',
  },
  organisationMissing: { vi: 'Nhập tên đơn vị nộp.', en: 'Enter the sending organisation.' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  periodHint: {
    vi: 'Quý (2026-Q4), tháng (2026-11) hoặc năm (2026). Nộp lại cùng kỳ là một phiên bản mới.',
    en: 'A quarter (2026-Q4), month (2026-11) or year (2026). Sending the same period again makes a new version.',
  },
  periodInvalid: {
    vi: 'Kỳ báo cáo cần viết như 2026-Q4, 2026-11 hoặc 2026.',
    en: 'Write the period as 2026-Q4, 2026-11 or 2026.',
  },
  file: { vi: 'Tệp dữ liệu', en: 'Data file' },
  fileHint: {
    vi: 'CSV (mọi bảng mã), XLSX hoặc GeoJSON; tối đa 100 MB. Có thể kéo thả tệp vào đây.',
    en: 'CSV (any encoding), XLSX or GeoJSON; up to 100 MB. You can drop the file here.',
  },
  fileMissing: { vi: 'Chọn tệp dữ liệu.', en: 'Choose the data file.' },
  fileTooLarge: {
    vi: 'Tệp lớn hơn 100 MB; hãy chia thành nhiều tệp.',
    en: 'The file is larger than 100 MB; split it into several files.',
  },
  fileChosen: { vi: 'Đã chọn:', en: 'Chosen:' },
  template: { vi: 'Tải mẫu Excel', en: 'Download the Excel template' },
  templateNote: {
    vi: 'Mẫu có danh sách chọn cho từng cột và trang hướng dẫn cách ghi.',
    en: 'The template has pick lists for its columns and a sheet explaining each one.',
  },
  columns: { vi: 'Các cột của mẫu', en: 'The template’s columns' },
  required: { vi: 'bắt buộc', en: 'required' },
  upload: { vi: 'Tải lên và kiểm tra', en: 'Upload and check' },
  uploading: { vi: 'Đang tải lên… {percent}%', en: 'Uploading… {percent}%' },
  uploadingSize: { vi: 'Đang tải lên… {loaded}', en: 'Uploading… {loaded}' },
  checking: {
    vi: 'Đang kiểm tra… máy chủ đang đọc và kiểm tra từng dòng.',
    en: 'Checking… the server is reading and checking every row.',
  },
  uploadProgress: { vi: 'Tiến độ tải lên', en: 'Upload progress' },
  uploadFailed: { vi: 'Không nộp được tệp', en: 'The file was not accepted' },
  cancel: { vi: 'Huỷ tải lên', en: 'Cancel the upload' },
  cancelled: { vi: 'Đã huỷ tải lên.', en: 'Upload cancelled.' },
  formProblems: { vi: 'Cần sửa trước khi tải lên', en: 'Fix before uploading' },

  // One submission
  back: { vi: '‹ Các lần nộp', en: '‹ All submissions' },
  title: { vi: 'Lần nộp số {id}', en: 'Submission {id}' },
  facts: { vi: 'Thông tin', en: 'Details' },
  fileName: { vi: 'Tệp', en: 'File' },
  encoding: { vi: 'Bảng mã', en: 'Encoding' },
  provinces: { vi: 'Tỉnh, thành phố có dữ liệu', en: 'Provinces in the file' },
  sentBy: { vi: 'Người tải lên', en: 'Uploaded by' },
  submittedAt: { vi: 'Gửi duyệt lúc', en: 'Sent for review' },
  reviewedBy: { vi: 'Người duyệt', en: 'Reviewed by' },
  reviewComment: { vi: 'Nhận xét của người duyệt', en: 'Reviewer’s comment' },
  rows: { vi: 'Số dòng đọc được', en: 'Rows read' },
  accepted: { vi: 'Dòng hợp lệ', en: 'Valid rows' },
  additions: { vi: 'Thêm mới', en: 'New' },
  updates: { vi: 'Cập nhật', en: 'Updates' },
  errors: { vi: 'Lỗi', en: 'Errors' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  swapped: { vi: 'Dòng đảo kinh độ/vĩ độ', en: 'Rows with longitude/latitude swapped' },

  noteInvalid: {
    vi: 'Tệp có lỗi nên không có dữ liệu nào được lưu. Sửa các dòng trong báo cáo dưới đây rồi nộp bản sửa.',
    en: 'The file has errors, so none of its data was stored. Correct the rows listed below, then send the corrected file.',
  },
  noteDraft: {
    vi: 'Bản nháp: tệp hợp lệ, đã lưu riêng nhưng chưa thành dữ liệu hiện hành. Xem lại rồi gửi duyệt.',
    en: 'Draft: the file is valid and kept aside, not yet current data. Review it, then send it for approval.',
  },
  noteSubmitted: {
    vi: 'Đang chờ cán bộ tỉnh (hoặc Viện) duyệt. Dữ liệu thành hiện hành khi được duyệt.',
    en: 'Awaiting review by the province’s officer (or the institute). The data becomes current once approved.',
  },
  noteApproved: {
    vi: 'Đã duyệt: các dòng của tệp là dữ liệu hiện hành; vùng phủ và chỉ tiêu đã được tính lại.',
    en: 'Approved: the file’s rows are current data; coverage and indicators were recomputed.',
  },
  noteRejected: {
    vi: 'Bị từ chối: xem nhận xét của người duyệt, sửa tệp rồi nộp bản sửa.',
    en: 'Rejected: read the reviewer’s comment, correct the file and send it again.',
  },
  resubmit: { vi: 'Nộp bản sửa', en: 'Send a corrected file' },

  // Workflow
  actions: { vi: 'Xử lý', en: 'Actions' },
  submit: { vi: 'Gửi duyệt', en: 'Send for review' },
  submitting: { vi: 'Đang gửi duyệt…', en: 'Sending for review…' },
  submitted: { vi: 'Đã gửi duyệt.', en: 'Sent for review.' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  approving: {
    vi: 'Đang duyệt: áp dụng dữ liệu và tính lại vùng phủ, chỉ tiêu… việc này có thể mất vài chục giây.',
    en: 'Approving: applying the data and recomputing coverage and indicators… this can take some tens of seconds.',
  },
  elapsed: { vi: 'đã {seconds} giây', en: '{seconds} s so far' },
  approved: { vi: 'Đã phê duyệt.', en: 'Approved.' },
  reject: { vi: 'Từ chối', en: 'Reject' },
  rejecting: { vi: 'Đang từ chối…', en: 'Rejecting…' },
  rejected: { vi: 'Đã từ chối.', en: 'Rejected.' },
  comment: { vi: 'Nhận xét (bắt buộc khi từ chối)', en: 'Comment (required to reject)' },
  commentHint: {
    vi: 'Nói rõ dòng nào, cột nào cần sửa.',
    en: 'Say which rows and columns need correcting.',
  },
  commentMissing: {
    vi: 'Ghi nhận xét để người gửi biết cần sửa gì.',
    en: 'Write a comment so the sender knows what to correct.',
  },
  stepFailed: { vi: 'Không thực hiện được', en: 'Could not be done' },

  // Report
  report: { vi: 'Báo cáo kiểm tra', en: 'Validation report' },
  readSummary: {
    vi: '{rows} dòng đọc được: {accepted} hợp lệ, {rejected} có lỗi.',
    en: '{rows} rows read: {accepted} valid, {rejected} with errors.',
  },
  nothingStored: { vi: 'Không có dữ liệu nào được lưu.', en: 'No data was stored.' },
  noProblems: { vi: 'Không có lỗi hay cảnh báo nào.', en: 'No errors or warnings.' },
  errorsHeading: { vi: 'Lỗi ({n})', en: 'Errors ({n})' },
  warningsHeading: { vi: 'Cảnh báo ({n})', en: 'Warnings ({n})' },
  errorsCaption: { vi: 'Các dòng có lỗi', en: 'Rows with errors' },
  warningsCaption: { vi: 'Các dòng có cảnh báo', en: 'Rows with warnings' },
  leftOut: {
    vi: 'Còn {n} lỗi khác không liệt kê ở đây: báo cáo chỉ giữ 1.000 lỗi đầu tiên. Sửa các lỗi trên rồi nộp lại để thấy tiếp.',
    en: '{n} more errors are not listed: the report keeps the first 1,000. Correct those above and send again to see the rest.',
  },
  colSheet: { vi: 'Trang tính', en: 'Sheet' },
  colRow: { vi: 'Dòng', en: 'Row' },
  colColumn: { vi: 'Cột', en: 'Column' },
  colValue: { vi: 'Giá trị', en: 'Value' },
  colMessage: { vi: 'Vấn đề', en: 'Problem' },

  // Map
  mapHeading: { vi: 'Vị trí các dòng có vấn đề', en: 'Where the problem rows lie' },
  mapLabel: {
    vi: 'Bản đồ vị trí các dòng có lỗi hoặc cảnh báo',
    en: 'Map of the rows with errors or warnings',
  },
  mapNote: {
    vi: 'Điểm đỏ: lỗi; điểm vàng nâu: cảnh báo. Bấm nhãn để tới dòng trong bảng.',
    en: 'Red points: errors; amber points: warnings. Select a label to go to its row in the table.',
  },
  rowLabel: { vi: 'Dòng {row}', en: 'Row {row}' },
  legendError: { vi: 'Lỗi', en: 'Error' },
  legendWarning: { vi: 'Cảnh báo', en: 'Warning' },

  // How the file was read (kept from the upload's answer)
  fileRead: { vi: 'Cách máy chủ đọc tệp', en: 'How the server read the file' },
  format: { vi: 'Định dạng', en: 'Format' },
  delimiter: { vi: 'Dấu phân cách', en: 'Delimiter' },
  sheet: { vi: 'Trang tính đã đọc', en: 'Sheet read' },
  columnsRead: { vi: 'Cột đã đọc', en: 'Columns read' },
  unknownColumns: { vi: 'Cột không dùng', en: 'Columns not used' },

  // Rows and comparison
  rowsHeading: { vi: 'Các dòng của phiên bản này', en: 'The rows of this version' },
  rowsCaption: {
    vi: 'Các dòng đã kiểm tra (tối đa 100 dòng đầu)',
    en: 'Checked rows (the first 100 at most)',
  },
  rowsTotal: { vi: 'Có {n} dòng; hiện {shown} dòng đầu.', en: '{n} rows; the first {shown} shown.' },
  colKey: { vi: 'Mã', en: 'Key' },
  colProvince: { vi: 'Tỉnh', en: 'Province' },
  colData: { vi: 'Dữ liệu', en: 'Data' },
  compareHeading: { vi: 'So với phiên bản trước', en: 'Compared with the previous version' },
  compareNone: { vi: 'Không tìm thấy phiên bản trước.', en: 'No previous version was found.' },
  compareSummary: {
    vi: 'Từ phiên bản {from} (lần nộp số {id}): thêm {added}, bỏ {removed}, đổi {changed}, giữ nguyên {unchanged}.',
    en: 'From version {from} (submission {id}): {added} added, {removed} removed, {changed} changed, {unchanged} unchanged.',
  },
  compareCaption: { vi: 'Các thay đổi đầu tiên', en: 'The first changes' },
  colChange: { vi: 'Thay đổi', en: 'Change' },
  added: { vi: 'thêm', en: 'added' },
  removed: { vi: 'bỏ', en: 'removed' },
  changed: { vi: 'đổi', en: 'changed' },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
} satisfies Record<string, Msg>;

/** Names of a stored row's values that are no template column (the row keeps them typed and nested). */
export const rowKeys = {
  position: { vi: 'Kinh độ, vĩ độ', en: 'Longitude, latitude' },
  carriers: { vi: 'Công nghệ, băng tần (MHz)', en: 'Technologies, bands (MHz)' },
} satisfies Record<string, Msg>;
