import * as React from "react";
import { useLocation, useNavigationType } from "react-router";

/** A new page starts at its top; going back and forward leaves the browser to restore where the person was. */
export function ScrollToTop() {
  const { pathname } = useLocation();
  const navigation = useNavigationType();
  React.useEffect(() => {
    if (navigation !== "POP") window.scrollTo(0, 0);
  }, [pathname, navigation]);
  return null;
}
