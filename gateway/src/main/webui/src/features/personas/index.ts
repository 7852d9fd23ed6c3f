// The personas feature (admins): AI mentors' profiles, their advice cards and trying them out. The app loads its
// pages lazily by path (pages/PersonasPage, pages/PersonaEditorPage); nothing else is needed from outside.
export { personaKeys } from "./api/keys";
