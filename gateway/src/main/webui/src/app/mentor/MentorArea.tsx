import { LayoutDashboardIcon } from "lucide-react";
import { AreaLayout } from "../AreaLayout";
import { MENTOR_SECTIONS } from "./sections";

/** `/mentor/*`: the mentor area's frame; its screens render inside. */
export default function MentorArea() {
  return (
    <AreaLayout
      title="Mentor area"
      description="Everything you do as a mentor on Mentra."
      label="Mentor area"
      // the area's own screens; parts still shared with mentees are reached from the overview's cards
      tabs={[
        { to: "/mentor", label: "Overview", icon: LayoutDashboardIcon, end: true },
        ...MENTOR_SECTIONS.filter((section) => section.to.startsWith("/mentor/")),
      ]}
    />
  );
}
