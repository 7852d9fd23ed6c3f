// The admin's curation of public councils. The app loads its page lazily by path (pages/AdminCouncilsPage).
export { adminCouncilKeys } from "./api/keys";
