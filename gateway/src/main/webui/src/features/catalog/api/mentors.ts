import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/mentor";
import type { MentorQuery } from "../model/directorySearch";

export { catalogKeys } from "./keys";

export type Mentor = components["schemas"]["MentorView"];
export type MentorPage = components["schemas"]["PageViewMentorView"];
export type Review = components["schemas"]["ReviewView"];

export function getMentor(id: string, signal?: AbortSignal): Promise<Mentor> {
  return unwrap(api.GET("/api/mentors/{id}", { params: { path: { id } }, signal }));
}

export function searchMentors(query: MentorQuery, signal?: AbortSignal): Promise<MentorPage> {
  return unwrap(api.GET("/api/mentors", { params: { query }, signal }));
}

export const REVIEWS_PAGE = 10;

/** One page of a mentor's reviews, newest first. */
export function listReviews(id: string, page: number, signal?: AbortSignal): Promise<Review[]> {
  return unwrap(
    api.GET("/api/mentors/{id}/reviews", { params: { path: { id }, query: { page, size: REVIEWS_PAGE } }, signal }),
  );
}
