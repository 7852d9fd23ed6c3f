import { AreaLayout } from "../AreaLayout";
import { ADMIN_SECTIONS } from "./sections";

/** `/admin/*`: the admin area's frame; its screens render inside. */
export default function AdminArea() {
  return (
    <AreaLayout
      title="Admin"
      description="Run Mentra: mentor applications, the catalog's mentors, and the services."
      label="Admin area"
      tabs={ADMIN_SECTIONS}
    />
  );
}
