import bcrypt from 'bcryptjs'

export const MIN_PASSWORD_LENGTH = 10

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10)
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when the user has none, so that the time taken says nothing.
  return bcrypt.compare(password, hash ?? '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.Xl0Ck3s5c9sBd1ht8ru5cZ1J5n2G')
}
