import { api, unwrap } from "@/lib/api/client";
import type { components as IdentityComponents } from "@/types/api/identity";
import type { components } from "@/types/api/mentor";
import type { ReviewStatus } from "../model/review";

export type Application = components["schemas"]["ApplicationView"];
export type ApprovedMentor = components["schemas"]["MentorView"];
export type Applicant = IdentityComponents["schemas"]["PrivateProfile"];

/** Every application with this status, oldest first (mentor-service lists everyone's to admins). */
export function listApplications(status: ReviewStatus, signal?: AbortSignal): Promise<Application[]> {
  return unwrap(api.GET("/api/mentors/applications", { params: { query: { status } }, signal }));
}

/** The applicant's account: admins get the private profile (email, since when). */
export async function getApplicant(userId: string, signal?: AbortSignal): Promise<Applicant> {
  const profile = await unwrap(api.GET("/api/users/{id}", { params: { path: { id: userId } }, signal }));
  return profile as Applicant;
}

export function approveApplication(id: string, note?: string): Promise<ApprovedMentor> {
  return unwrap(api.POST("/api/mentors/applications/{id}/approve", { params: { path: { id } }, body: { note } }));
}

export function declineApplication(id: string, note: string): Promise<Application> {
  return unwrap(api.POST("/api/mentors/applications/{id}/decline", { params: { path: { id } }, body: { note } }));
}
