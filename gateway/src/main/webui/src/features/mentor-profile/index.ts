// The mentor profile editor has no public parts: the router loads its page.
export {};
