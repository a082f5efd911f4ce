package ir.khadamat.users;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashingTest {

    @Test
    void bcryptInModularCryptFormatThatVerifiesOnlyTheRightPassword() {
        String hash = PasswordHashing.bcrypt("گذرواژه-درست-123");
        assertTrue(hash.startsWith("$2a$10$") || hash.startsWith("$2b$10$") || hash.startsWith("$2y$10$"), hash);
        assertTrue(PasswordHashing.matches("گذرواژه-درست-123", hash));
        assertFalse(PasswordHashing.matches("گذرواژه-نادرست", hash));
        assertNotEquals(hash, PasswordHashing.bcrypt("گذرواژه-درست-123"), "a new salt every time");
    }
}
