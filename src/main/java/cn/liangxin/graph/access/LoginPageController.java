package cn.liangxin.graph.access;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page of the explorer and GraphiQL, in Chinese or (with {@code ?lang=en} or an
 * English browser) in English. Rendered on the server so that the form carries its CSRF
 * token without any script.
 */
@Controller
class LoginPageController {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(HttpServletRequest request) {
		boolean english = "en".equals(request.getParameter("lang"))
				|| (request.getParameter("lang") == null && request.getHeader("Accept-Language") != null
						&& request.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()));
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String message = request.getParameter("error") != null
				? (english ? "Wrong username or password, or the account is locked for a while."
						: "用户名或密码错误，或账户已被暂时锁定。")
				: request.getParameter("logout") != null ? (english ? "You have logged out." : "您已退出登录。") : "";
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<link rel="icon" href="/favicon.ico">
				<style>
				  body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; background: #f4f1ec; margin: 0; }
				  main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 8px;
				         box-shadow: 0 2px 12px rgba(0,0,0,.08); }
				  h1 { font-size: 1.25rem; color: #b71c1c; margin: 0 0 1.5rem; }
				  label { display: block; margin: .75rem 0 .25rem; }
				  input { width: 100%%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }
				  button { margin-top: 1.25rem; width: 100%%; padding: .6rem; font-size: 1rem; background: #b71c1c;
				           color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
				  .message { color: #b71c1c; min-height: 1.2em; }
				  .lang { margin-top: 1rem; font-size: .85rem; text-align: right; }
				</style>
				</head>
				<body>
				<main>
				<h1>%s</h1>
				<p class="message" id="message">%s</p>
				<form method="post" action="/login">
				  <label for="username">%s</label>
				  <input id="username" name="username" autocomplete="username" required autofocus>
				  <label for="password">%s</label>
				  <input id="password" name="password" type="password" autocomplete="current-password" required>
				  <input type="hidden" name="%s" value="%s">
				  <button type="submit" id="login">%s</button>
				</form>
				<p class="lang"><a href="/login?lang=%s">%s</a></p>
				</main>
				</body>
				</html>
				""".formatted(english ? "en" : "zh-CN", english ? "Log in — liangxin-graph" : "登录 — 两新组织党建图谱",
				english ? "Party-building ledger graph" : "两新组织党建图谱", HtmlUtils.htmlEscape(message),
				english ? "Username" : "用户名", english ? "Password" : "密码",
				csrf == null ? "_csrf" : HtmlUtils.htmlEscape(csrf.getParameterName()),
				csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()), english ? "Log in" : "登录",
				english ? "zh" : "en", english ? "中文" : "English");
	}

}
