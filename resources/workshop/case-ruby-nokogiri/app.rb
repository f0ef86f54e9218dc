require "sinatra"
require "nokogiri"

# Returns the titles of an uploaded RSS feed.
post "/titles" do
  doc = Nokogiri::XML(request.body.read)
  content_type :json
  doc.xpath("//item/title").map(&:text).to_s
end
