module github.com/example/svc

go 1.16

require (
	github.com/go-kit/kit v0.10.0
	github.com/klauspost/compress v1.11.7
)
