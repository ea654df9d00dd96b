package io.stackshift.identity;

import io.stackshift.system.RandomText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in on a new installation: the staff user named by
 * {@code STACKSHIFT_ADMIN_USERNAME}/{@code STACKSHIFT_ADMIN_PASSWORD}, or, when none is
 * set and there is no user at all, an {@code admin} with a random password printed once
 * to the log (the only secret stackshift ever logs, so that the quick start works).
 */
@Component
@Order(0)
class FirstStaffUser implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStaffUser.class);

	private final Users users;

	private final Accounts accounts;

	private final String username;

	private final String password;

	FirstStaffUser(Users users, Accounts accounts, @Value("${stackshift.admin.username:}") String username,
			@Value("${stackshift.admin.password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.username.isBlank()) {
			if (this.users.existsByUsername(this.username)) {
				return;
			}
			if (this.password.isBlank()) {
				throw new IllegalStateException("STACKSHIFT_ADMIN_PASSWORD must be set with STACKSHIFT_ADMIN_USERNAME");
			}
			this.accounts.create(staff(this.username), this.password);
			log.info("Created staff user '{}' from STACKSHIFT_ADMIN_USERNAME", this.username);
			return;
		}
		if (this.users.count() == 0) {
			String generated = RandomText.of(16);
			this.accounts.create(staff("admin"), generated);
			log.warn("""

					============================================================
					 Created the first staff user.
					   username: admin
					   password: {}
					 This password is shown only once. Log in with:
					   curl -X POST -H 'Content-Type: application/json' \\
					     -d '{"username":"admin","password":"..."}' .../api-auth/password/
					============================================================""", generated);
		}
	}

	private static User staff(String username) {
		User user = new User(username);
		user.setStaff(true);
		user.setFullName("Administrator");
		return user;
	}

}
