//! Trusted domains: the only hosts a printed QR code or a procedure's online link may send a
//! citizen to (`trusted_domains` in `loa.yaml`). Fake stickers and look-alike sites are a known
//! fraud ("quishing"), so anything else is refused at build time.

use url::{Host, Url};

/// The allow-list of domains; a domain also covers its subdomains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedDomains {
    domains: Vec<String>,
}

impl TrustedDomains {
    /// Validates the domains as written in `loa.yaml` (`dichvucong.gov.vn`): bare host names,
    /// no scheme, path or port. Returns one message per bad entry.
    pub fn parse(entries: &[String]) -> Result<TrustedDomains, Vec<String>> {
        let mut domains = Vec::new();
        let mut problems = Vec::new();
        for entry in entries {
            let entry = entry.trim().trim_end_matches('.');
            let parsed = Url::parse(&format!("https://{entry}/"));
            match parsed.as_ref().ok().and_then(Url::host) {
                Some(Host::Domain(host))
                    if host.contains('.')
                        && !entry.contains(['/', ':', '@', '?', '#'])
                        && !entry.is_empty() =>
                {
                    domains.push(host.to_string());
                }
                _ => problems.push(format!(
                    "`{entry}` in `trusted_domains` is not a domain name such as dichvucong.gov.vn \
                     (no https://, path, port or IP address)"
                )),
            }
        }
        domains.sort();
        domains.dedup();
        if problems.is_empty() {
            Ok(TrustedDomains { domains })
        } else {
            Err(problems)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.domains.is_empty()
    }

    pub fn domains(&self) -> &[String] {
        &self.domains
    }

    /// Whether `url` may be printed or linked: an `https` URL, without user name or password,
    /// whose host is a trusted domain or one of its subdomains. The error says why not.
    pub fn check(&self, url: &str) -> Result<Url, String> {
        if is_payment_payload(url) {
            return Err(format!(
                "`{url}` is a payment code (VietQR/EMV): payment QR codes never go on an \
                 information poster"
            ));
        }
        let parsed = Url::parse(url).map_err(|e| format!("`{url}` is not a URL: {e}"))?;
        if parsed.scheme() != "https" {
            return Err(format!("`{url}` must start with https://"));
        }
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(format!(
                "`{url}` hides its real host behind a user name (`…@`): refused"
            ));
        }
        let host = match parsed.host() {
            Some(Host::Domain(host)) => host.to_string(),
            _ => return Err(format!("`{url}` must name its host by domain, not by IP")),
        };
        if self.covers(&host) {
            Ok(parsed)
        } else if self.domains.is_empty() {
            Err(format!(
                "`{url}`: loa.yaml has no `trusted_domains`, so no host may be printed or \
                 linked; list the official domains there (e.g. dichvucong.gov.vn)"
            ))
        } else {
            Err(format!(
                "the host `{host}` of `{url}` is not in `trusted_domains` ({}): a poster must \
                 never send a citizen to a look-alike site",
                self.domains.join(", ")
            ))
        }
    }

    fn covers(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.');
        self.domains.iter().any(|domain| {
            host == domain
                || host
                    .strip_suffix(domain.as_str())
                    .is_some_and(|prefix| prefix.ends_with('.'))
        })
    }
}

/// Whether a QR payload is a payment code: EMVCo merchant-presented codes (VietQR, NAPAS)
/// start with the payload-format field `000201`.
pub fn is_payment_payload(text: &str) -> bool {
    text.trim_start().starts_with("000201")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trusted() -> TrustedDomains {
        TrustedDomains::parse(&["dichvucong.gov.vn".into(), "Example.VN".into()]).unwrap()
    }

    #[test]
    fn domains_and_their_subdomains_are_trusted() {
        let trusted = trusted();
        assert_eq!(trusted.domains(), ["dichvucong.gov.vn", "example.vn"]);
        for url in [
            "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
            "https://thanhhoa.dichvucong.gov.vn/x",
            "https://EXAMPLE.vn/q/tt/1.001193/",
        ] {
            assert!(trusted.check(url).is_ok(), "{url}");
        }
    }

    #[test]
    fn look_alikes_and_tricks_are_refused() {
        let trusted = trusted();
        for url in [
            "https://dichvucong-gov.vn/",
            "https://evildichvucong.gov.vn/",
            "https://dichvucong.gov.vn.evil.com/",
            "https://dichvucong.gov.vn@evil.com/",
            "http://dichvucong.gov.vn/",
            "https://203.0.113.5/",
            "javascript:alert(1)",
            "00020101021238570010A000000727",
        ] {
            assert!(trusted.check(url).is_err(), "{url}");
        }
        let empty = TrustedDomains::default();
        assert!(
            empty
                .check("https://example.vn/")
                .unwrap_err()
                .contains("no `trusted_domains`")
        );
    }

    #[test]
    fn entries_must_be_bare_domains() {
        let problems = TrustedDomains::parse(&[
            "https://a.vn".into(),
            "a.vn/x".into(),
            "localhost".into(),
            "10.0.0.1".into(),
        ])
        .unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
    }
}
