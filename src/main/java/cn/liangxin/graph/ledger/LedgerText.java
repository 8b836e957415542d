package cn.liangxin.graph.ledger;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the ledger messages in one language: Chinese unless the client asks for
 * English ({@code Accept-Language: en}). Texts live in {@code ledger-messages.properties}
 * (Chinese) and {@code ledger-messages_en.properties}; a key missing there is shown as
 * written, so a message someone passes as plain text still reads.
 */
public final class LedgerText {

	/** Chinese, the default. */
	public static final LedgerText CHINESE = new LedgerText(Locale.SIMPLIFIED_CHINESE);

	/** English. */
	public static final LedgerText ENGLISH = new LedgerText(Locale.ENGLISH);

	private final Locale locale;

	private final ResourceBundle bundle;

	private LedgerText(Locale locale) {
		this.locale = locale;
		// No fallback to the JVM's default locale: Chinese is the root bundle, whatever
		// the server's locale.
		this.bundle = ResourceBundle.getBundle("ledger-messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * English for a locale whose language is English, Chinese for anything else (null
	 * included).
	 */
	public static LedgerText of(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH : CHINESE;
	}

	/**
	 * The language an {@code Accept-Language} header prefers among Chinese and English:
	 * the first range naming either; Chinese when the header is absent or names neither.
	 */
	public static LedgerText ofAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return CHINESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
				if (language.equals("en")) {
					return ENGLISH;
				}
				if (language.equals("zh")) {
					return CHINESE;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// a malformed header: the default
		}
		return CHINESE;
	}

	/** The most characters of a value an error message quotes. */
	public static final int QUOTED = 100;

	/**
	 * A value as an error message quotes it: whole up to {@value #QUOTED} characters,
	 * else its start and an ellipsis, so a bad megabyte is not echoed back a megabyte
	 * long.
	 */
	public static String quote(String value) {
		if (value == null || value.length() <= QUOTED) {
			return value;
		}
		return value.substring(0, QUOTED) + "…";
	}

	public Locale locale() {
		return this.locale;
	}

	public boolean english() {
		return this == ENGLISH;
	}

	/**
	 * The message {@code key} with its arguments, each shown as text (no number
	 * formatting).
	 */
	public String t(String key, Object... args) {
		String pattern;
		try {
			pattern = this.bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			pattern = key;
		}
		if (args.length == 0) {
			return pattern;
		}
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = String.valueOf(args[i]);
		}
		return new MessageFormat(pattern.replace("'", "''"), this.locale).format(texts);
	}

	/** Items joined as the language lists them (、 in Chinese, ", " in English). */
	public String list(List<String> items) {
		return String.join(english() ? ", " : "、", items);
	}

}
