package cn.gov.sucheng.worksafety.training.trainee.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that protect ID numbers, under {@code worksafety.training.id-number}, each Base64 of 32 random bytes
 * ({@code openssl rand -base64 32}). The defaults in application.yml are development keys, public in the
 * repository: every real deployment sets its own (WORKSAFETY_TRAINING_ID_NUMBER_ENCRYPTION_KEY and
 * WORKSAFETY_TRAINING_ID_NUMBER_LOOKUP_KEY). Changing a key makes the stored numbers unreadable or unfindable.
 *
 * @param encryptionKey AES-256-GCM key for the stored number
 * @param lookupKey HMAC-SHA256 key for the fingerprint that keeps numbers unique and findable
 */
@ConfigurationProperties("worksafety.training.id-number")
public record IdNumberProperties(String encryptionKey, String lookupKey) {
}
