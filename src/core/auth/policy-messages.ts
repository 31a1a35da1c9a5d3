import { DATASETS } from '../inventory-import/datasets.ts';
import type { Action, ActionResources, Place, SubmissionDatasetType } from './resources.ts';

/**
 * Why a request is refused, in Vietnamese and English, saying who may do it instead, so a refused
 * officer knows whom to ask. One entry per action (mapped over ActionResources: a new action needs one).
 */

export type Message = { vi: string; en: string };

export const UNAUTHENTICATED_MESSAGE: Message = {
  vi: 'Cần đăng nhập để thực hiện thao tác này.',
  en: 'You need to sign in to do this.',
};

function datasetTitle(type: SubmissionDatasetType): Message {
  if (type === 'demo') return { vi: 'Dữ liệu mẫu', en: 'Demo data' };
  return { vi: DATASETS[type].titleVi, en: DATASETS[type].titleEn };
}

function provinces(codes: readonly string[]): string {
  return codes.length === 0 ? '—' : codes.join(', ');
}

function planMessage(verb: Message, place: Place): Message {
  if (place.scope === 'country') {
    return {
      vi: `Chỉ cán bộ quy hoạch cấp quốc gia được ${verb.vi} quy hoạch, kế hoạch cấp quốc gia.`,
      en: `Only national planners may ${verb.en} a national plan.`,
    };
  }
  return {
    vi: `Chỉ cán bộ Sở của tỉnh ${place.provinceCode} hoặc cán bộ quy hoạch cấp quốc gia được ${verb.vi} kế hoạch của tỉnh này.`,
    en: `Only officers of province ${place.provinceCode} or national planners may ${verb.en} this province's plan.`,
  };
}

const ADMIN_ONLY = (what: Message): Message => ({
  vi: `Chỉ quản trị viên được ${what.vi}.`,
  en: `Only administrators may ${what.en}.`,
});

export const FORBIDDEN_MESSAGES: { readonly [A in Action]: (resource: ActionResources[A]) => Message } = {
  // Never refused; kept so every action has a message.
  read_public: () => ({ vi: 'Dữ liệu công khai.', en: 'Public data.' }),
  read_site: (site) => ({
    vi: `Dữ liệu cấp trạm của ${site.operator} là dữ liệu nhạy cảm về kinh doanh: chỉ chính doanh nghiệp đó, cán bộ Sở của tỉnh ${site.provinceCode} và cán bộ quy hoạch cấp quốc gia được xem.`,
    en: `${site.operator}'s site-level data is commercially sensitive: only that operator, officers of province ${site.provinceCode} and national planners may see it.`,
  }),
  read_submission: (s) => ({
    vi: `Chỉ đơn vị đã nộp, cán bộ Sở của tỉnh có dữ liệu trong đợt nộp (${provinces(s.provinceCodes)}) và cán bộ quy hoạch cấp quốc gia được xem đợt nộp này.`,
    en: `Only the submitting organisation, officers of a province it covers (${provinces(s.provinceCodes)}) and national planners may see this submission.`,
  }),
  create_submission: (s) => {
    const title = datasetTitle(s.datasetType);
    if (s.datasetType === 'demo') {
      return ADMIN_ONLY({ vi: 'nạp dữ liệu mẫu', en: 'load demo data' });
    }
    if (DATASETS[s.datasetType].organisationIsOperator) {
      return {
        vi: `Dữ liệu "${title.vi}" của ${s.organisation} chỉ do chính doanh nghiệp ${s.organisation} nộp.`,
        en: `Only ${s.organisation}'s own staff may submit its "${title.en}" data.`,
      };
    }
    return {
      vi: `Dữ liệu "${title.vi}" của tỉnh ${provinces(s.provinceCodes)} chỉ do cán bộ Sở của tỉnh đó hoặc cán bộ quy hoạch cấp quốc gia nộp.`,
      en: `"${title.en}" data of province ${provinces(s.provinceCodes)} may only be submitted by that province's officers or national planners.`,
    };
  },
  review_submission: (s) => ({
    vi: `Chỉ cán bộ Sở phụ trách mọi tỉnh có dữ liệu trong đợt nộp (${provinces(s.provinceCodes)}) hoặc cán bộ quy hoạch cấp quốc gia được duyệt; doanh nghiệp không tự duyệt dữ liệu của mình.`,
    en: `Only officers of every province the submission covers (${provinces(s.provinceCodes)}) or national planners may review it; an operator never reviews its own data.`,
  }),
  create_plan: (place) => planMessage({ vi: 'tạo', en: 'create' }, place),
  update_plan: (place) => planMessage({ vi: 'sửa', en: 'change' }, place),
  delete_plan: (place) => planMessage({ vi: 'xoá', en: 'delete' }, place),
  write_observation: (place) =>
    place.scope === 'country'
      ? {
          vi: 'Chỉ cán bộ quy hoạch cấp quốc gia được nhập số liệu cấp quốc gia.',
          en: 'Only national planners may enter national figures.',
        }
      : {
          vi: `Chỉ cán bộ Sở của tỉnh ${place.provinceCode} hoặc cán bộ quy hoạch cấp quốc gia được nhập số liệu của các đơn vị thuộc tỉnh này.`,
          en: `Only officers of province ${place.provinceCode} or national planners may enter figures of its units.`,
        },
  // Never refused to a signed-in user.
  read_me: () => ({ vi: 'Tài khoản của bạn.', en: 'Your account.' }),
  manage_users: () => ADMIN_ONLY({ vi: 'quản lý người dùng', en: 'manage users' }),
  manage_tokens: () => ({
    vi: 'Mỗi người chỉ quản lý token API của chính mình; chỉ quản trị viên quản lý token của người khác.',
    en: 'Users manage only their own API tokens; only administrators manage the tokens of others.',
  }),
  read_audit: () => ADMIN_ONLY({ vi: 'xem nhật ký thay đổi', en: 'read the audit trail' }),
};

/** A list, export or tile of sites asked for by someone who may see no site at all. */
export const SITE_LIST_FORBIDDEN_MESSAGE: Message = {
  vi: 'Dữ liệu cấp trạm của doanh nghiệp là dữ liệu nhạy cảm về kinh doanh: chỉ doanh nghiệp đó, cán bộ Sở của tỉnh có trạm và cán bộ quy hoạch cấp quốc gia được xem.',
  en: "Operators' site-level data is commercially sensitive: only that operator, officers of the site's province and national planners may see it.",
};

/** A list of submissions asked for by someone who may see none. */
export const SUBMISSION_LIST_FORBIDDEN_MESSAGE: Message = {
  vi: 'Chỉ đơn vị đã nộp, cán bộ Sở của tỉnh liên quan và cán bộ quy hoạch cấp quốc gia được xem các đợt nộp dữ liệu.',
  en: 'Only the submitting organisation, officers of the provinces concerned and national planners may see submissions.',
};
